package asynclang.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The read-eval-print loop: {@code asynclang} with no script on a terminal, or {@code -i}.
 * <p>
 * Each input is an interactive source: its top level runs as async code (so {@code .await}
 * works at the prompt), the language prints its value and its uncaught error, and its
 * top-level names stay for the next input. The context's executor keeps running between
 * inputs: while a line is being typed, the REPL awaits a host future that the line editor's
 * thread completes, so tasks spawned earlier go on running (their output is printed above the
 * prompt). An input the language reports as incomplete (an open bracket, a string, an
 * operator at the end) continues on the next line. Ctrl-C while an input runs interrupts it
 * (its {@code finally} blocks run); at the prompt it drops the line; Ctrl-D leaves.
 */
final class Repl {

    static final String HELP = """
                    Type code and press Enter: it runs as async code, so `.await` works here.
                    Values are shown; `let`, `fn` and `import` stay defined for later inputs;
                    spawned tasks keep running while you type. An open bracket continues on
                    the next line.
                      :help                 this text
                      :explain NAME         the state machine of the async fn NAME
                      :explain CODE         the state machines of the async code CODE
                      :bytecode NAME        the bytecode instructions of the fn NAME
                      :trace on|off|FILTER  print executor events (as --trace) or stop
                      :quit                 leave (Ctrl-D does too)
                    Ctrl-C interrupts the running input, or drops the line being typed.
                    """;

    private final Context context;
    private final PrintStream errors;
    private final LineInput input;
    private final Value awaitHost;
    private int inputs;
    private volatile boolean running;

    /**
     * Starts a REPL: the terminal is set up on another thread while {@code engine} makes the
     * context (JLine's set-up, mostly loading its classes, is the larger part of the wait for
     * the first prompt). The context must write to {@code out} and {@code err}, which the REPL
     * connects to its input. Returns the exit status.
     */
    static int start(Supplier<Context> engine, InputStream in, OutputStream terminalOut, OutputStream terminalErr, boolean terminal, AboveThePrompt out, AboveThePrompt err) {
        AtomicReference<Repl> started = new AtomicReference<>();
        // A Ctrl-C before the REPL exists has no input to stop.
        Runnable onCtrlC = () -> {
            Repl repl = started.get();
            if (repl != null) {
                repl.interrupt();
            }
        };
        CompletableFuture<LineInput> input = CompletableFuture.supplyAsync(
                        () -> LineInput.open(in, terminalOut, terminalErr, terminal, Path.of(System.getProperty("user.home"), ".asynclang_history"), onCtrlC));
        Context context = engine.get();
        if (context == null) {
            input.join().close();
            return 1;
        }
        Repl repl = new Repl(context, input.join(), out, err);
        started.set(repl);
        return repl.run();
    }

    private Repl(Context context, LineInput input, AboveThePrompt out, AboveThePrompt err) {
        OutOfMemory.endOnThrashing = false;
        this.context = context;
        this.input = input;
        out.connect(input, false);
        err.connect(input, true);
        this.errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        // Awaiting a host future from the REPL's own thread drives the executor until the line arrives.
        this.awaitHost = context.eval(Source.create("asynclang", "{ async fn waiting_for_input(line) { line.await } waiting_for_input }"));
    }

    /**
     * Memory held back for the session itself: when an input fills the heap, this is let go, so
     * that the REPL can still print the report and read the next input (the one that frees what
     * the last one filled, say) instead of running out again in its own reading.
     */
    private byte[] reserve = new byte[4 << 20];

    /** The heap ran out: the reserve goes, so that the report and the next input have room. */
    private void ranOutOfMemory() {
        reserve = null;
        errors.println(OutOfMemory.line());
    }

    int run() {
        input.print("asynclang " + Main.VERSION + " (:help for help, Ctrl-D to leave)\n");
        try {
            while (true) {
                String text;
                try {
                    text = read();
                } catch (OutOfMemoryError e) {
                    ranOutOfMemory();
                    continue;
                }
                if (reserve == null) {
                    try {
                        reserve = new byte[4 << 20];
                    } catch (OutOfMemoryError e) {
                        // Still full: the next input runs without the reserve.
                    }
                }
                if (text == null) {
                    return 0;
                }
                String command = text.strip();
                if (command.isEmpty()) {
                    continue;
                }
                if (command.startsWith(":")) {
                    if (command.equals(":quit") || command.equals(":exit")) {
                        return 0;
                    }
                    command(command.substring(1).strip());
                    continue;
                }
                Integer exit;
                try {
                    exit = evaluate(text);
                } catch (OutOfMemoryError e) {
                    // Ran out outside the evaluation proper (making its report, say).
                    ranOutOfMemory();
                    continue;
                }
                if (exit != null) {
                    return exit;
                }
            }
        } finally {
            // The context first: tasks it cancels may still print from their finally blocks.
            try {
                Main.closeQuietly(context);
            } finally {
                input.close();
            }
        }
    }

    /** One input, over as many lines as it takes to be complete; null at the end of input. */
    private String read() {
        StringBuilder text = new StringBuilder();
        while (true) {
            LineInput.Line line = waitFor(input.request(text.isEmpty() ? "> " : "... "));
            if (line.endOfInput()) {
                return text.isEmpty() ? null : text.toString();
            }
            if (line.interrupted()) {
                text.setLength(0);
                continue;
            }
            text.append(line.text()).append('\n');
            if (text.toString().strip().startsWith(":") || !incomplete(text.toString())) {
                return text.toString();
            }
        }
    }

    /** Waits for the line editor, running the context's tasks meanwhile. */
    private LineInput.Line waitFor(CompletableFuture<LineInput.Line> next) {
        try {
            awaitHost.execute(next).invokeMember("get");
        } catch (PolyglotException e) {
            if (e.isExit()) {
                throw e;
            }
            // A failure of the wait itself: fall back to waiting without the executor.
        }
        return next.join();
    }

    private boolean incomplete(String text) {
        try {
            context.parse(source(text, false));
            return false;
        } catch (PolyglotException e) {
            return e.isIncompleteSource();
        }
    }

    private Source source(String text, boolean count) {
        String name = "<repl-" + (count ? ++inputs : inputs + 1) + ">";
        return Source.newBuilder("asynclang", text, name).interactive(true).cached(false).buildLiteral();
    }

    /** Runs one input; returns an exit status if the input ended the program. */
    private Integer evaluate(String text) {
        running = true;
        try {
            Value program = context.parse(source(text, true));
            program.execute();
            return null;
        } catch (PolyglotException e) {
            return report(e);
        } finally {
            running = false;
        }
    }

    private void command(String command) {
        if (command.equals("help") || command.isEmpty()) {
            input.print(HELP);
            return;
        }
        running = true;
        try {
            context.eval(Source.newBuilder("asynclang", command, "<command>").mimeType("application/x-asynclang-command").buildLiteral());
        } catch (PolyglotException e) {
            report(e);
        } finally {
            running = false;
        }
    }

    private Integer report(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInterrupted() || e.isCancelled()) {
            errors.println("interrupted");
        } else if (e.isResourceExhausted() || OutOfMemory.saysHeap(e)) {
            ranOutOfMemory();
        } else if (!e.isInternalError() && (e.isSyntaxError() || e.isGuestException())) {
            String message = e.getMessage();
            errors.print(message.endsWith("\n") ? message : message + "\n");
        } else {
            if (System.getenv("ASYNCLANG_DEBUG") != null) {
                e.printStackTrace(errors);
            }
            errors.println(Main.INTERNAL_ERROR);
        }
        return null;
    }

    /** Ctrl-C: stop the running input (on another thread: interrupt waits until it has stopped). */
    private void interrupt() {
        if (!running) {
            return;
        }
        Thread stopper = new Thread(() -> {
            try {
                context.interrupt(Duration.ofSeconds(10));
            } catch (TimeoutException | IllegalStateException | PolyglotException e) {
                errors.println("the input did not stop within 10 s of Ctrl-C");
            }
        }, "asynclang-repl-interrupt");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Output the context writes: above the line being typed, so it does not garble it. */
    static final class AboveThePrompt extends OutputStream {
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        private volatile LineInput input;
        private boolean error;

        void connect(LineInput to, boolean isError) {
            this.error = isError;
            this.input = to;
        }

        @Override
        public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            flush();
        }

        @Override
        public synchronized void flush() {
            if (pending.size() == 0 || input == null) {
                return;
            }
            String text = pending.toString(StandardCharsets.UTF_8);
            pending.reset();
            input.print(text, error);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
