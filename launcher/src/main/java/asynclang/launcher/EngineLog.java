package asynclang.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the engine's log lines go (engine and compiler traces, warnings): standard error, line
 * by line, minus the Graal compiler's notice of "systemic compilation failure". That notice
 * comes when compilations fail, which happens above all when the script has filled the heap
 * the compiler shares; its advice (a Graal system property) is not for an asynclang user, and
 * it would come before the one line that reports the full heap. {@code ASYNCLANG_DEBUG} keeps
 * it. A log stream of our own also spares the user the engine's note on redirecting its log.
 */
final class EngineLog extends OutputStream {

    static final String SYSTEMIC_FAILURE = "Warning: Systemic Graal compilation failure detected";

    private final OutputStream err;
    private final boolean debug;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    EngineLog(OutputStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        err.flush();
    }

    /** The engine closes its log with the context: a last line without a newline still goes out. */
    @Override
    public synchronized void close() throws IOException {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        if (debug || !startsWith(bytes, SYSTEMIC_FAILURE)) {
            err.write(bytes);
            err.flush();
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
