package asynclang.stdlib.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import asynclang.language.values.AlError;
import asynclang.language.values.Nil;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;
import asynclang.runtime.io.Blocking;
import asynclang.stdlib.utf8.Utf8Pieces;

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
    private final InputStream in;
    // Decodes as the sockets do: a character cut between chunks whole, bad bytes as Rust's lossy decoding.
    private final Utf8Pieces pieces = new Utf8Pieces();
    // Guarded by this.
    private final StringBuilder text = new StringBuilder();
    private boolean atEnd;
    private Throwable failure;
    private boolean reading;
    // How far text is known to hold no line end: a long line arriving in chunks is searched once.
    private int searched;
    // Reads waiting for the next chunk. While there are any, the executor counts stdin as a
    // source of wakes; a read that stops waiting (a timeout, a select) takes that back, so a
    // chunk nobody waits for does not keep a deadlock from being reported.
    private final List<Waker> waiting = new ArrayList<>();

    Stdin(Executor executor, InputStream in) {
        this.executor = executor;
        this.in = in;
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
                stopWaiting();
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
                if (waiting.isEmpty()) {
                    executor.addExternalSource();
                }
                registered = waker;
                waiting.add(waker);
                if (!reading) {
                    reading = true;
                    Blocking.offload(Stdin.this::readChunk);
                }
                return PENDING;
            }
        }

        @Override
        public Failure cancel() {
            synchronized (Stdin.this) {
                stopWaiting();
            }
            return null;
        }

        private void stopWaiting() {
            if (registered != null && waiting.remove(registered) && waiting.isEmpty()) {
                executor.removeExternalSource();
            }
            registered = null;
        }

        @Override
        public String describe() {
            return line ? "a line of standard input" : "the rest of standard input";
        }
    }

    private Object takeLine() {
        int end = text.indexOf("\n", searched);
        if (end >= 0) {
            int cut = end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String l = text.substring(0, cut);
            text.delete(0, end + 1);
            searched = 0;
            return l;
        }
        searched = text.length();
        if (!atEnd) {
            return null;
        }
        if (text.isEmpty()) {
            return Nil.NIL;
        }
        String rest = text.toString();
        text.setLength(0);
        searched = 0;
        return rest;
    }

    private Object takeAll() {
        if (!atEnd) {
            return null;
        }
        String all = text.toString();
        text.setLength(0);
        searched = 0;
        return all;
    }

    /** On the blocking pool: one chunk into the buffer, then every waiting read is woken. */
    private void readChunk() {
        byte[] held = pieces.held();
        byte[] chunk = new byte[held.length + 8192];
        System.arraycopy(held, 0, chunk, 0, held.length);
        int n = 0;
        Throwable failed = null;
        String decoded = null;
        try {
            n = in.read(chunk, held.length, 8192);
            decoded = pieces.decode(chunk, held.length + Math.max(n, 0), n < 0);
        } catch (IOException | VirtualMachineError e) {
            failed = e;
        }
        List<Waker> woken;
        synchronized (this) {
            try {
                if (failed != null) {
                    failure = failed;
                } else {
                    text.append(decoded);
                    atEnd = n < 0;
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
        if (!woken.isEmpty()) {
            executor.removeExternalSource();
        }
    }
}
