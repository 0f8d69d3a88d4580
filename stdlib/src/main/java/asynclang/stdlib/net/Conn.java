package asynclang.stdlib.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;


import asynclang.language.values.ScriptObject;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Failure;
import asynclang.runtime.Waker;
import asynclang.runtime.io.Reactor;
import asynclang.stdlib.utf8.Utf8Pieces;

/**
 * A TCP connection. What arrives is decoded into {@link #text} as it is read, and stays there
 * until a read hands it out: a read cancelled by a timeout or a select loses nothing, and a
 * UTF-8 character split across two packets is decoded whole ({@link Utf8Pieces}).
 */
final class Conn extends ScriptObject implements Types.Named {

    static final int CHUNK = 64 * 1024;

    final SocketChannel channel;
    final Reactor.Registration registration;
    final String peer;
    /**
     * Where bytes are read and decoded: shared by the connections of a thread (the executor's),
     * since a read drains them into {@link #text} at once. A thousand connections then hold
     * 128 KB of buffers between them instead of 128 KB each.
     */
    private static final ThreadLocal<ByteBuffer> BYTES = ThreadLocal.withInitial(() -> ByteBuffer.allocate(CHUNK));

    private final Utf8Pieces pieces = new Utf8Pieces();
    private final StringBuilder text = new StringBuilder();
    private boolean eof;
    boolean closed;

    Conn(SocketChannel channel, Reactor reactor) throws IOException {
        this(channel, configure(channel) ? reactor.register(channel) : null);
    }

    /** A connection whose channel is registered already (by the connect that made it). */
    Conn(SocketChannel channel, Reactor.Registration registration) throws IOException {
        configure(channel);
        this.channel = channel;
        this.registration = registration;
        this.peer = address(channel);
    }

    private static boolean configure(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        channel.socket().setTcpNoDelay(true);
        return true;
    }

    private static String address(SocketChannel channel) {
        try {
            if (channel.getRemoteAddress() instanceof InetSocketAddress a) {
                return HostPort.of(a.getAddress(), a.getPort());
            }
        } catch (IOException e) {
            // Not connected: no peer to name.
        }
        return "unknown";
    }

    @Override
    public String typeName() {
        return "conn";
    }

    @Override
    public String toString() {
        return "<conn " + peer + ">";
    }

    void close() {
        if (!closed) {
            closed = true;
            registration.close();
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing a script could do about it.
            }
        }
    }

    /**
     * Reads what the socket has into {@link #text}. Returns true if something new arrived or
     * the stream ended, false if the socket has nothing now.
     */
    private boolean fill() throws IOException {
        String fresh = receive();
        if (fresh == null) {
            return false;
        }
        text.append(fresh);
        return true;
    }

    /**
     * What the socket has now, decoded: null if nothing, "" or the last unfinished character's
     * replacement when the stream ends ({@link #eof} is then set).
     */
    private String receive() throws IOException {
        if (!registration.mayBeReady(SelectionKey.OP_READ)) {
            return null;
        }
        ByteBuffer in = BYTES.get();
        in.clear();
        in.put(pieces.held());
        int room = in.remaining();
        int n = channel.read(in);
        if (n >= 0 && n < room) {
            // Less than there was room for (nothing, say): the socket is drained.
            registration.clearReady(SelectionKey.OP_READ);
        }
        if (n == 0) {
            return null;
        }
        eof = n < 0;
        return pieces.decode(in.array(), in.position(), eof);
    }

    /**
     * How many characters of {@code text} make the next chunk: at most {@link #CHUNK} bytes in
     * UTF-8 (text piles up past that when a read_line waiting for its newline is cancelled),
     * and never half a surrogate pair.
     */
    static int chunkLength(CharSequence text) {
        int length = text.length();
        if (length <= CHUNK / 3) {
            return length; // three bytes a character at most (a pair is four bytes for two)
        }
        int bytes = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
            int size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (bytes + size > CHUNK) {
                break;
            }
            bytes += size;
            i += pair ? 2 : 1;
        }
        return i;
    }

    private static Failure closedFailure() {
        return new Failure(NetErrors.of(new java.nio.channels.ClosedChannelException(), "", 0));
    }

    /** {@code conn.read()}: the next chunk, or nil at the end of the stream. */
    final class Read extends SocketWait {

        @Override
        public String maker() {
            return "read()";
        }

        Read() {
            super(registration);
        }

        @Override
        public Object poll(Waker waker) {
            stopWaiting();
            try {
                while (text.isEmpty()) {
                    if (closed) {
                        return closedFailure();
                    }
                    if (eof) {
                        return Nil.NIL;
                    }
                    String fresh = receive();
                    if (fresh == null) {
                        return waitFor(SelectionKey.OP_READ, waker, "socket readable");
                    }
                    if (fresh.length() <= CHUNK / 3 && !fresh.isEmpty()) {
                        return fresh; // nothing was waiting, and it is short enough to be the chunk
                    }
                    text.append(fresh);
                }
                int n = chunkLength(text);
                String chunk = text.substring(0, n);
                text.delete(0, n);
                return chunk;
            } catch (IOException e) {
                return new Failure(NetErrors.of(e, "", 0));
            }
        }

        @Override
        public String describe() {
            return "read from " + peer;
        }
    }

    /** {@code conn.read_line()}: the next line without its terminator, or nil at the end. */
    final class ReadLine extends SocketWait {

        @Override
        public String maker() {
            return "read_line()";
        }
        private int searched;

        ReadLine() {
            super(registration);
        }

        @Override
        public Object poll(Waker waker) {
            stopWaiting();
            try {
                while (true) {
                    int nl = text.indexOf("\n", searched);
                    if (nl >= 0) {
                        int end = nl > 0 && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
                        String line = text.substring(0, end);
                        text.delete(0, nl + 1);
                        searched = 0;
                        return line;
                    }
                    searched = text.length();
                    if (closed) {
                        return closedFailure();
                    }
                    if (eof) {
                        if (text.isEmpty()) {
                            return Nil.NIL;
                        }
                        String last = text.toString();
                        text.setLength(0);
                        searched = 0;
                        return last;
                    }
                    if (!fill()) {
                        return waitFor(SelectionKey.OP_READ, waker, "socket readable");
                    }
                }
            } catch (IOException e) {
                return new Failure(NetErrors.of(e, "", 0));
            }
        }

        @Override
        public String describe() {
            return "line from " + peer;
        }
    }

    /** {@code conn.write(s)}: nil once every byte is handed to the operating system. */
    final class Write extends SocketWait {

        @Override
        public String maker() {
            return "write()";
        }
        private final ByteBuffer out;

        Write(String s) {
            super(registration);
            this.out = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Object poll(Waker waker) {
            stopWaiting();
            try {
                while (out.hasRemaining()) {
                    if (closed) {
                        return closedFailure();
                    }
                    if (channel.write(out) == 0) {
                        return waitFor(SelectionKey.OP_WRITE, waker, "socket writable");
                    }
                }
                return Nil.NIL;
            } catch (IOException e) {
                return new Failure(NetErrors.of(e, "", 0));
            }
        }

        @Override
        public String describe() {
            return "write to " + peer + " (" + out.remaining() + (out.remaining() == 1 ? " byte left)" : " bytes left)");
        }
    }
}
