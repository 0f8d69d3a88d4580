package asynclang.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code asynclang} command: runs one script through the polyglot API, the same way an
 * embedder would, and turns the outcome into an exit status.
 */
public final class Main {

    static final String VERSION = "0.1.0";

    private static final String USAGE = """
                    usage: asynclang [OPTIONS] FILE.al [ARGS...]

                    Runs an asynclang script. ARGS are passed to the script (see args()).

                    options:
                      --virtual-time     run timers on a virtual clock: sleeps take no real time
                      --trace[=FILTER]   print every executor event (spawn, poll, pending, wake,
                                         ready, cancel, deadlock, poll_fn) to stderr; FILTER is a
                                         comma-separated list of event kinds and task ids or names
                      --explain          print the state machine of each async fn and async block,
                                         then exit without running anything
                      --warn-blocking=D  warn when one poll of a task runs longer than D (e.g. 50ms)
                      --vm.OPTION        pass -OPTION to the Java VM (e.g. --vm.Xmx2g)
                      --engine.NAME=V    set a polyglot engine option (e.g. --engine.TraceCompilation=true)
                      --compiler.NAME=V  set a Graal compiler option
                      --asynclang.NAME=V set an asynclang language option
                      --experimental-options  allow options marked experimental
                      --help             show this help and exit
                      --version          show the version and exit

                    exit status: 0 success, 1 compile or uncaught error, 2 deadlock,
                    or the code given to exit(code).
                    """;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command line {@code args}; returns the exit status. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> options = new ArrayList<>();
        java.util.Map<String, String> polyglotOptions = new java.util.LinkedHashMap<>();
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            switch (args[i]) {
                case "--help" -> {
                    new PrintStream(out, true, StandardCharsets.UTF_8).print(USAGE);
                    return 0;
                }
                case "--version" -> {
                    new PrintStream(out, true, StandardCharsets.UTF_8).println("asynclang " + VERSION);
                    return 0;
                }
                case "--virtual-time", "--explain", "--trace", "--experimental-options" -> options.add(args[i]);
                default -> {
                    if (args[i].startsWith("--engine.") || args[i].startsWith("--compiler.") || args[i].startsWith("--asynclang.")) {
                        String option = args[i].substring(2);
                        int eq = option.indexOf('=');
                        polyglotOptions.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? "true" : option.substring(eq + 1));
                        continue;
                    }
                    if (args[i].startsWith("--vm.")) {
                        errors.println("error: " + args[i] + " is a Java VM option: give it to the asynclang command, before the script");
                        return 1;
                    }
                    if (args[i].startsWith("--trace=") || args[i].startsWith("--warn-blocking=")) {
                        if (args[i].startsWith("--warn-blocking=") && !args[i].substring(16).matches("[0-9][0-9_]*(\\.[0-9]+)?(ns|us|ms|s|m|h)")) {
                            errors.println("error: --warn-blocking needs a duration such as 100ms or 1.5s, got `" + args[i].substring(16) + "`");
                            return 1;
                        }
                        options.add(args[i]);
                        continue;
                    }
                    errors.println("error: unknown option " + args[i]);
                    errors.print(USAGE);
                    return 1;
                }
            }
        }
        if (i >= args.length) {
            errors.println("error: no script given");
            errors.print(USAGE);
            return 1;
        }
        Path file = Path.of(args[i]);
        String[] scriptArgs = Arrays.copyOfRange(args, i + 1, args.length);
        String text;
        try {
            text = ScriptFile.read(args[i]);
        } catch (ScriptFile.Unreadable e) {
            errors.print(e.getMessage());
            return 1;
        }
        Source source = Source.newBuilder("asynclang", text, file.getFileName().toString()).uri(file.toAbsolutePath().toUri()).buildLiteral();
        Context.Builder builder = Context.newBuilder("asynclang")
                        .in(in).out(out).err(err)
                        .arguments("asynclang", scriptArgs)
                        .allowAllAccess(true)
                        .option("asynclang.ReportErrors", "true")
                        .option("asynclang.EndWithMainTask", "true");
        for (String option : options) {
            if (option.equals("--experimental-options")) {
                builder.allowExperimentalOptions(true);
            } else if (option.equals("--virtual-time")) {
                builder.option("asynclang.VirtualTime", "true");
            } else if (option.equals("--explain")) {
                builder.option("asynclang.Explain", "true");
            } else if (option.equals("--trace")) {
                builder.option("asynclang.Trace", "all");
            } else if (option.startsWith("--trace=")) {
                builder.option("asynclang.Trace", option.substring("--trace=".length()));
            } else if (option.startsWith("--warn-blocking=")) {
                builder.option("asynclang.WarnBlocking", option.substring("--warn-blocking=".length()));
            }
        }
        polyglotOptions.forEach(builder::option);
        Context built;
        try {
            built = builder.build();
        } catch (IllegalArgumentException e) {
            errors.println("error: " + e.getMessage());
            return 1;
        }
        boolean debug = System.getenv("ASYNCLANG_DEBUG") != null;
        Context context = built;
        try {
            context.eval(source);
            context.close();
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                closeQuietly(context);
                return e.getExitStatus();
            }
            if (e.isResourceExhausted() || e.isInternalError() && OutOfMemory.isCause(e)) {
                return OutOfMemory.report(context, e, errors, debug);
            }
            if (debug) {
                e.printStackTrace(errors);
            }
            closeQuietly(context);
            if (e.isSyntaxError() || e.isGuestException()) {
                errors.print(e.getMessage().endsWith("\n") ? e.getMessage() : e.getMessage() + "\n");
                return 1;
            }
            errors.println("error: internal error in asynclang (a bug, not in the script; set ASYNCLANG_DEBUG=1 to see the Java details)");
            return 70;
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(context, e, errors, debug);
        } catch (RuntimeException e) {
            if (debug) {
                e.printStackTrace(errors);
            }
            closeQuietly(context);
            errors.println("error: internal error in asynclang (a bug, not in the script; set ASYNCLANG_DEBUG=1 to see the Java details)");
            return 70;
        }
    }

    /** Closing cancels the tasks still running; a failure there is not the script's business. */
    static void closeQuietly(Context context) {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (!e.isExit()) {
                throw e;
            }
        }
    }
}
