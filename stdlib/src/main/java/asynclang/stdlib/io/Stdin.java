package asynclang.stdlib.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import asynclang.language.values.AlError;
import asynclang.language.values.Nil;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;
import asynclang.runtime.io.Blocking;

/**
 * A context's standard input, shared by every {@code io.read_line()} and {@code io.read_all()}.
 * Text is read off the executor a chunk at a time into one buffer, and each read takes what it
 * needs from the buffer. A read that is cancelled (a timeout, a select) only stops waiting: the
 * chunk being read still lands in the buffer for the next read, so nothing typed or piped is
 * lost, as with Tokio's stdin behind one shared reader. Lines end at {@code \n} or {@code \r\n},
 * as {@code conn.read_line()} and {@code fs.lines()} read them; a lone {@code \r} is text.
 */
final class Stdin {

    private final Executor executor;
    private final Reader in;
    // Guarded by this.
    private final StringBuilder text = new StringBuilder();
    private boolean atEnd;
    private Throwable failure;
    private boolean reading;
    private final List<Waker> waiting = new ArrayList<>();

    Stdin(Executor executor, InputStream in) {
        this.executor = executor;
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The next line without its terminator; nil at the end of input. */
    Future readLine() {
        return new Read(true);
    }

    /** The rest of the input ("" at the end). */
    Future readAll() {
        return new Read(false);
    }

    private final class Read implements Future {
        private final boolean line;
        private Waker registered;

        Read(boolean line) {
            this.line = line;
        }

        @Override
        public Object poll(Waker waker) {
            synchronized (Stdin.this) {
                waiting.remove(registered);
                registered = null;
                if (failure != null) {
                    Throwable f = failure;
                    failure = null;
                    if (f instanceof VirtualMachineError fatal) {
                        throw fatal;
                    }
                    return new Failure(new AlError("cannot read standard input: " + (f.getMessage() == null ? "input/output error" : f.getMessage().toLowerCase(java.util.Locale.ROOT))));
                }
                Object taken = line ? takeLine() : takeAll();
                if (taken != null) {
                    return taken;
                }
                registered = waker;
                waiting.add(waker);
                if (!reading) {
                    reading = true;
                    executor.addExternalSource();
                    Blocking.offload(Stdin.this::readChunk);
                }
                return PENDING;
            }
        }

        @Override
        public Failure cancel() {
            synchronized (Stdin.this) {
                waiting.remove(registered);
                registered = null;
            }
            return null;
        }

        @Override
        public String describe() {
            return line ? "a line of standard input" : "the rest of standard input";
        }
    }

    private Object takeLine() {
        int end = text.indexOf("\n");
        if (end >= 0) {
            int cut = end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String l = text.substring(0, cut);
            text.delete(0, end + 1);
            return l;
        }
        if (!atEnd) {
            return null;
        }
        if (text.isEmpty()) {
            return Nil.NIL;
        }
        String rest = text.toString();
        text.setLength(0);
        return rest;
    }

    private Object takeAll() {
        if (!atEnd) {
            return null;
        }
        String all = text.toString();
        text.setLength(0);
        return all;
    }

    /** On the blocking pool: one chunk into the buffer, then every waiting read is woken. */
    private void readChunk() {
        char[] chunk = new char[8192];
        int n = 0;
        Throwable failed = null;
        try {
            n = in.read(chunk);
        } catch (IOException | VirtualMachineError e) {
            failed = e;
        }
        List<Waker> woken;
        synchronized (this) {
            try {
                if (failed != null) {
                    failure = failed;
                } else if (n < 0) {
                    atEnd = true;
                } else {
                    text.append(chunk, 0, n);
                }
            } catch (VirtualMachineError e) {
                // Out of memory holding the input: the program's error, raised where it reads.
                failure = e;
            }
            reading = false;
            woken = new ArrayList<>(waiting);
            waiting.clear();
        }
        for (Waker w : woken) {
            w.wake("input read");
        }
        executor.removeExternalSource();
    }
}
