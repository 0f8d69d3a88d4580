package asynclang.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where the REPL's lines come from and its output goes: a JLine line editor on a terminal
 * (editing, history in {@code ~/.asynclang_history}, output printed above the line being
 * typed), or plain standard input and output otherwise. Lines are read on a thread of their
 * own, so the REPL's thread can run the context's tasks while one is typed.
 */
abstract class LineInput {

    /** A line typed, or the end of input (Ctrl-D), or a line dropped with Ctrl-C. */
    record Line(String text, boolean endOfInput, boolean interrupted) {
        static final Line END = new Line(null, true, false);
        static final Line DROPPED = new Line(null, false, true);
    }

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "asynclang-repl-input");
        t.setDaemon(true);
        return t;
    });

    static LineInput open(InputStream in, OutputStream out, OutputStream err, boolean terminal, Path history, Runnable onCtrlC) {
        if (terminal) {
            try {
                return new Editor(history, onCtrlC);
            } catch (IOException | RuntimeException e) {
                // No usable terminal after all: plain lines still work.
            }
        }
        return new Plain(in, out, err);
    }

    /** The next line, read after showing {@code prompt}. */
    final CompletableFuture<Line> request(String prompt) {
        return CompletableFuture.supplyAsync(() -> readLine(prompt), reader);
    }

    abstract Line readLine(String prompt);

    /** Output of the REPL and of the script; {@code error} for what goes to standard error. */
    abstract void print(String text, boolean error);

    final void print(String text) {
        print(text, false);
    }

    void close() {
        reader.shutdownNow();
    }

    /** A terminal: JLine. */
    static final class Editor extends LineInput {
        private final Terminal terminal;
        private final LineReader lines;

        Editor(Path history, Runnable onCtrlC) throws IOException {
            // JLine swaps its native SIGINT handler on every line read, and for an instant puts back
            // the one it found. The JVM's own would end the process (exit 130) on a Ctrl-C typed in
            // that instant, so the one it finds is this one.
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> onCtrlC.run());
            terminal = TerminalBuilder.builder().system(true).build();
            terminal.handle(Terminal.Signal.INT, signal -> onCtrlC.run());
            lines = LineReaderBuilder.builder().terminal(terminal).appName("asynclang")
                            .variable(LineReader.HISTORY_FILE, history)
                            .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                            // `!x` is code here, not a history reference.
                            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                            .build();
        }

        @Override
        Line readLine(String prompt) {
            try {
                return new Line(lines.readLine(prompt), false, false);
            } catch (UserInterruptException e) {
                return Line.DROPPED;
            } catch (EndOfFileException e) {
                return Line.END;
            }
        }

        @Override
        synchronized void print(String text, boolean error) {
            if (lines.isReading()) {
                lines.printAbove(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            } else {
                terminal.writer().print(text);
                terminal.writer().flush();
            }
        }

        @Override
        void close() {
            super.close();
            try {
                lines.getHistory().save();
                terminal.close();
            } catch (IOException e) {
                // Leaving anyway; a history not saved is not worth a message.
            }
        }
    }

    /** Not a terminal ({@code -i} with a pipe): lines as they come, prompts on standard output. */
    static final class Plain extends LineInput {
        private final BufferedReader in;
        private final PrintStream out;
        private final PrintStream err;

        Plain(InputStream in, OutputStream out, OutputStream err) {
            this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
            this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        }

        @Override
        Line readLine(String prompt) {
            print(prompt, false);
            try {
                String line = in.readLine();
                return line == null ? Line.END : new Line(line, false, false);
            } catch (IOException e) {
                return Line.END;
            }
        }

        @Override
        synchronized void print(String text, boolean error) {
            (error ? err : out).print(text);
            (error ? err : out).flush();
        }
    }
}
