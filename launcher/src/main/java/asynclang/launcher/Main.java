package asynclang.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
                    usage: asynclang [OPTIONS] [FILE.al | -e CODE | -] [ARGS...]

                    Runs an asynclang script. ARGS are passed to the script (see args()).
                    With no script: the REPL when standard input is a terminal, else the
                    script is read from standard input.

                    options:
                      -e, --eval CODE    run CODE as the script
                      -                  read the script from standard input
                      -i, --interactive  start the REPL even when standard input is not a terminal
                      --virtual-time     run timers on a virtual clock: sleeps take no real time
                      --trace[=FILTER]   print every executor event (spawn, poll, pending, wake,
                                         ready, cancel, deadlock, poll_fn) to stderr; FILTER is a
                                         comma-separated list of event kinds and task ids or names
                      --explain          print the state machine of each async fn and async block,
                                         then exit without running anything
                      --warn-blocking=D  warn when one poll of a task runs longer than D (e.g. 50ms)
                      --cpusampler       profile: print where the time went, by function and line
                      --cputracer        count how often each function ran
                      --inspect[=PORT]   debug in Chrome DevTools (prints the address to open)
                      --vm.OPTION        pass -OPTION to the Java VM (e.g. --vm.Xmx2g)
                      --engine.NAME=V    set a polyglot engine option (e.g. --engine.TraceCompilation=true)
                      --compiler.NAME=V  set a Graal compiler option
                      --asynclang.NAME=V set an asynclang language option
                      --NAME[=V]         set any other polyglot option (e.g. --cpusampler.Output=json)
                      --experimental-options  allow options marked experimental
                      --help             show this help and exit
                      --version          show the version and exit

                    exit status: 0 success, 1 compile or uncaught error, 2 deadlock,
                    or the code given to exit(code).
                    """;

    private Main() {
    }

    public static void main(String[] args) {
        // A thread of the engine's (the compiler's, failing on a full heap) that dies would
        // print its Java stack; what went wrong reaches the user through the script's error.
        boolean debug = System.getenv("ASYNCLANG_DEBUG") != null;
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (debug) {
                e.printStackTrace();
            }
        });
        OutOfMemory.prepare();
        // Ended by a signal (Ctrl-C, kill): the processes the script started end with it, as they
        // do when it exits (reference.md, std.process: no child outlives the script).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly), "asynclang-children"));
        int status;
        try {
            status = run(args, System.in, ScriptOutput.STDOUT, System.err, stdinIsTerminal());
        } catch (OutOfMemoryError e) {
            // Thrown while the command looked at a failure on a full heap (its message, say).
            status = OutOfMemory.reportHeap(System.err);
        } catch (RuntimeException | Error e) {
            // The engine failed to start (a JVM option it cannot run with, say): say so, not nothing.
            if (debug) {
                e.printStackTrace();
            }
            System.err.println(INTERNAL_ERROR);
            status = 70;
        }
        ScriptOutput.flush();
        if (OutOfMemory.reported) {
            // On a heap that may still be full, System.exit's own logging fails and says so.
            Runtime.getRuntime().halt(status);
        }
        System.exit(status);
    }

    /** The asynclang script tells (it can ask the shell); else whether the JVM has a terminal. */
    private static boolean stdinIsTerminal() {
        String told = System.getProperty("asynclang.stdinIsTerminal");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null && System.console().isTerminal();
    }

    /** Runs the command line {@code args} with standard input that is not a terminal; returns the exit status. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return run(args, in, out, err, false);
    }

    /** Runs the command line {@code args}; returns the exit status. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine line;
        try {
            line = CommandLine.parse(args, terminal);
        } catch (CommandLine.Invalid e) {
            errors.println("error: " + e.getMessage());
            if (e.showUsage) {
                errors.print(USAGE);
            }
            return 1;
        }
        switch (line.mode) {
            case HELP -> {
                new PrintStream(out, true, StandardCharsets.UTF_8).print(USAGE);
                return 0;
            }
            case VERSION -> {
                new PrintStream(out, true, StandardCharsets.UTF_8).println("asynclang " + VERSION);
                return 0;
            }
            case REPL -> {
                Repl.AboveThePrompt replOut = new Repl.AboveThePrompt();
                Repl.AboveThePrompt replErr = new Repl.AboveThePrompt();
                return Repl.start(() -> build(builder(line, in, replOut, replErr), line, errors), in, out, err, terminal, replOut, replErr);
            }
            default -> {
                return runScript(line, in, out, err, errors);
            }
        }
    }

    private static Context.Builder builder(CommandLine line, InputStream in, OutputStream out, OutputStream err) {
        Context.Builder builder = Context.newBuilder("asynclang")
                        .in(in).out(out).err(err)
                        .logHandler(new EngineLog(err, System.getenv("ASYNCLANG_DEBUG") != null))
                        .arguments("asynclang", line.scriptArguments)
                        .allowAllAccess(true)
                        .allowExperimentalOptions(!line.experimental.isEmpty());
        line.options.forEach(builder::option);
        return builder;
    }

    /** The context, or null after printing why the options were refused. */
    private static Context build(Context.Builder builder, CommandLine line, PrintStream errors) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            for (String name : line.options.keySet()) {
                if (message.startsWith("Could not find option with name " + name + ".")) {
                    errors.println("error: unknown option --" + name);
                    errors.print(USAGE);
                    return null;
                }
                if (message.startsWith("Option '" + name + "' is experimental")) {
                    errors.println("error: --" + name + " is an experimental option: add --experimental-options to use it");
                    return null;
                }
            }
            errors.println("error: " + message);
            return null;
        }
    }

    private static int runScript(CommandLine line, InputStream in, OutputStream out, OutputStream err, PrintStream errors) {
        // The options first: a misspelt option is reported before a missing file.
        Context.Builder builder = builder(line, in, out, err)
                        .option("asynclang.ReportErrors", "true")
                        .option("asynclang.EndWithMainTask", "true");
        if (out == ScriptOutput.STDOUT) {
            // The launcher's own buffer holds the output (see ScriptOutput).
            builder.option("asynclang.BufferOutput", "false");
        }
        Context context = build(builder, line, errors);
        if (context == null) {
            return 1;
        }
        Source source;
        try {
            source = switch (line.mode) {
                case FILE -> {
                    Path file = Path.of(line.script);
                    yield Source.newBuilder("asynclang", ScriptFile.read(line.script), file.getFileName().toString()).uri(file.toAbsolutePath().toUri()).buildLiteral();
                }
                case CODE -> Source.newBuilder("asynclang", line.script, "<code>").buildLiteral();
                default -> Source.newBuilder("asynclang", ScriptFile.readAll(in), "<stdin>").buildLiteral();
            };
        } catch (ScriptFile.Unreadable e) {
            closeQuietly(context);
            errors.print(e.getMessage());
            return 1;
        }
        boolean debug = System.getenv("ASYNCLANG_DEBUG") != null;
        try {
            context.eval(source);
            context.close();
            return 0;
        } catch (PolyglotException e) {
            // What the script printed comes before any report of how it ended.
            ScriptOutput.flush();
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
            // Checked first: the polyglot API counts an internal error as a guest exception too
            // (anything not thrown by the host), and its message is Java text.
            if (e.isInternalError()) {
                errors.println(INTERNAL_ERROR);
                return 70;
            }
            if (e.isSyntaxError() || e.isGuestException()) {
                errors.print(e.getMessage().endsWith("\n") ? e.getMessage() : e.getMessage() + "\n");
                return 1;
            }
            errors.println(INTERNAL_ERROR);
            return 70;
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(context, e, errors, debug);
        } catch (RuntimeException e) {
            if (debug) {
                e.printStackTrace(errors);
            }
            closeQuietly(context);
            errors.println(INTERNAL_ERROR);
            return 70;
        }
    }

    static final String INTERNAL_ERROR = "error: internal error in asynclang (a bug, not in the script; set ASYNCLANG_DEBUG=1 to see the Java details)";

    /**
     * Closing cancels the tasks still running; a failure there is not the script's business.
     * Nor is an internal error while closing after the script already failed (the first error
     * is the one reported): no Java text reaches the user.
     */
    static void closeQuietly(Context context) {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (!e.isExit() && !e.isInternalError()) {
                throw e;
            }
        }
    }
}
