package asynclang.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * For the fuzz tests ({@code asynclang.tests.fuzz.CaseRunner}): {@link Main#run} line for line,
 * restricted to the options the fuzzer uses (one of {@code --virtual-time} or {@code --explain},
 * then the file), with two differences: the Context is published to {@code handle} as soon as it
 * exists, so that a case past its time bound can be cancelled, and it is built on a shared
 * {@code engine}. It lives in this package to use the launcher's own file reading and
 * out-of-memory report. {@code LaunchMirrorTest} checks that it prints what {@code Main.run}
 * prints; keep the two in step.
 */
public final class FuzzLaunch {

    private FuzzLaunch() {
    }

    /** {@code internal} receives the exception behind an internal error (Main prints it only under ASYNCLANG_DEBUG). */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Engine engine, AtomicReference<Context> handle,
                    AtomicReference<Throwable> internal) {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        String option = args[0];
        String name = args[1];
        Path file = Path.of(name);
        String text;
        try {
            text = ScriptFile.read(name);
        } catch (ScriptFile.Unreadable e) {
            errors.print(e.getMessage());
            return 1;
        }
        Source source = Source.newBuilder("asynclang", text, file.getFileName().toString()).uri(file.toAbsolutePath().toUri()).buildLiteral();
        Context.Builder builder = Context.newBuilder("asynclang").engine(engine)
                        .in(in).out(out).err(err)
                        .arguments("asynclang", new String[0])
                        .allowAllAccess(true)
                        .option("asynclang.ReportErrors", "true")
                        .option("asynclang.EndWithMainTask", "true");
        if (option.equals("--virtual-time")) {
            builder.option("asynclang.VirtualTime", "true");
        } else if (option.equals("--explain")) {
            builder.option("asynclang.Explain", "true");
        }
        Context built;
        try {
            built = builder.build();
        } catch (IllegalArgumentException e) {
            errors.println("error: " + e.getMessage());
            return 1;
        }
        handle.set(built);
        boolean debug = false;
        Context context = built;
        try {
            context.eval(source);
            context.close();
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                Main.closeQuietly(context);
                return e.getExitStatus();
            }
            if (e.isResourceExhausted() || e.isInternalError() && OutOfMemory.isCause(e)) {
                return OutOfMemory.report(context, e, errors, debug);
            }
            Main.closeQuietly(context);
            if (e.isSyntaxError() || e.isGuestException()) {
                errors.print(e.getMessage().endsWith("\n") ? e.getMessage() : e.getMessage() + "\n");
                return 1;
            }
            // Only here: a guest error's or a cancel's exception keeps the script's frames, and
            // with them whatever the script held (a cancelled case's heap), as long as the outcome lives.
            internal.set(e);
            errors.println("error: internal error in asynclang (a bug, not in the script; set ASYNCLANG_DEBUG=1 to see the Java details)");
            return 70;
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(context, e, errors, debug);
        } catch (RuntimeException e) {
            internal.set(e);
            Main.closeQuietly(context);
            errors.println("error: internal error in asynclang (a bug, not in the script; set ASYNCLANG_DEBUG=1 to see the Java details)");
            return 70;
        }
    }
}
