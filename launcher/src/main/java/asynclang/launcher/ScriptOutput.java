package asynclang.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The command's standard output, buffered here rather than inside the language (the context
 * runs with {@code asynclang.BufferOutput=false}): when the JVM must stop at once (a heap full
 * in all but name, see {@link Thrashing}), what the script printed is still in a buffer the
 * launcher can flush before it halts, not lost with the context.
 */
final class ScriptOutput {

    static final OutputStream STDOUT = new BufferedOutputStream(new ReaderGoneExit(new FileOutputStream(FileDescriptor.out)), 1 << 14);

    /** The exit status when the reader of the output went away: 128 + SIGPIPE, as a C program's. */
    static final int BROKEN_PIPE_STATUS = 141;

    /**
     * Standard output whose reader went away ({@code asynclang script.al | head -1}) ends the
     * program, quietly, as SIGPIPE ends a C program: the JVM ignores the signal, and the script
     * would go on printing into nothing. The exit runs on a thread of its own: this one may hold
     * locks that the exit's hooks take (the print stream's).
     */
    private static final class ReaderGoneExit extends java.io.FilterOutputStream {
        private volatile boolean gone;

        ReaderGoneExit(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (gone) {
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                readerGone(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            if (!gone) {
                out.flush();
            }
        }

        private void readerGone(IOException e) throws IOException {
            if (!"Broken pipe".equals(e.getMessage())) {
                throw e;
            }
            gone = true;
            Thread exit = new Thread(() -> System.exit(BROKEN_PIPE_STATUS), "asynclang-broken-pipe");
            exit.setDaemon(true);
            exit.start();
        }
    }

    private ScriptOutput() {
    }

    /** Writes out what is buffered; a closed or broken stdout is not the report's concern. */
    static void flush() {
        try {
            STDOUT.flush();
        } catch (IOException | RuntimeException e) {
            // Nothing to do: the output is gone either way.
        }
    }
}
