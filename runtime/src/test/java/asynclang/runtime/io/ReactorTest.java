package asynclang.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import asynclang.runtime.Failure;
import asynclang.runtime.Executor;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.runtime.Waker;
import asynclang.runtime.future.Sleep;

class ReactorTest {

    /** Reads one byte from a non-blocking socket, waiting on the reactor while none is there. */
    private static Future readByte(Reactor reactor, SocketChannel channel, List<String> log) {
        Reactor.Registration r = reactor.register(channel);
        return new Future() {
            Reactor.Registration.Waiter waiting;

            @Override
            public Object poll(Waker waker) {
                r.cancel(waiting);
                ByteBuffer b = ByteBuffer.allocate(1);
                try {
                    if (channel.read(b) == 1) {
                        log.add("read " + (char) b.get(0));
                        return "byte";
                    }
                } catch (Exception e) {
                    return e.toString();
                }
                log.add("pending");
                waiting = r.await(SelectionKey.OP_READ, waker, "socket readable");
                return PENDING;
            }

            @Override
            public Failure cancel() {
                r.cancel(waiting);
                return null;
            }
        };
    }

    private static SocketChannel[] pair() throws Exception {
        ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        SocketChannel client = SocketChannel.open(server.getLocalAddress());
        SocketChannel accepted = server.accept();
        server.close();
        accepted.configureBlocking(false);
        return new SocketChannel[]{accepted, client};
    }

    private static void writeLater(SocketChannel channel, char c) {
        CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(() -> {
            try {
                channel.write(ByteBuffer.wrap(new byte[]{(byte) c}));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }

    /**
     * The JDK closes a channel still registered with a selector only once the selector lets go
     * of its key: a registration's close makes that happen at once, so a closed listener's
     * port is free right away. Closing after the reactor itself is closed is harmless.
     */
    @Test
    void closingARegistrationLetsTheChannelCloseAtOnce() throws Exception {
        Reactor reactor = Reactor.real();
        ServerSocketChannel listener = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        listener.configureBlocking(false);
        int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        Reactor.Registration r = reactor.register(listener);
        r.close();
        listener.close();
        try (ServerSocketChannel again = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", port))) {
            assertEquals(port, ((InetSocketAddress) again.getLocalAddress()).getPort());
        }
        ServerSocketChannel other = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        other.configureBlocking(false);
        Reactor.Registration late = reactor.register(other);
        reactor.close();
        late.close();
        other.close();
    }

    @Test
    void aTaskWaitingForASocketWakesWhenDataArrives() throws Exception {
        Reactor reactor = Reactor.real();
        Executor ex = new Executor(reactor);
        SocketChannel[] p = pair();
        List<String> log = new ArrayList<>();
        writeLater(p[1], 'x');
        Task t = ex.blockOn("main", readByte(reactor, p[0], log));
        assertEquals("byte", t.output());
        assertEquals(List.of("pending", "read x"), log);
        assertFalse(reactor.hasIoInterest(), "the one-shot interest is gone after the wake");
        reactor.close();
    }

    @Test
    void aCancelledWaitRemovesItsInterest() throws Exception {
        Reactor reactor = Reactor.real();
        Executor ex = new Executor(reactor);
        SocketChannel[] p = pair();
        Future read = readByte(reactor, p[0], new ArrayList<>());
        Task t = ex.blockOn("main", new Future() {
            Sleep sleep;

            @Override
            public Object poll(Waker waker) {
                if (sleep == null) {
                    sleep = new Sleep(ex, 20_000_000, "timed out");
                    read.poll(waker);
                }
                if (sleep.poll(waker) != PENDING) {
                    read.cancel();
                    return "timed out";
                }
                return PENDING;
            }
        });
        assertEquals("timed out", t.output());
        assertFalse(reactor.hasIoInterest());
        reactor.close();
    }

    @Test
    void aWakeFromAnotherThreadEndsASelect() throws Exception {
        Reactor reactor = Reactor.real();
        Executor ex = new Executor(reactor);
        SocketChannel[] p = pair();
        reactor.register(p[0]);
        CompletableFuture<String> host = new CompletableFuture<>();
        Task t = ex.blockOn("main", new Future() {
            boolean registered;

            @Override
            public Object poll(Waker waker) {
                if (host.isDone()) {
                    ex.removeExternalSource();
                    return host.join();
                }
                if (!registered) {
                    registered = true;
                    ex.addExternalSource();
                    host.whenComplete((v, e) -> waker.wake("host"));
                    CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(() -> host.complete("from another thread"));
                }
                return PENDING;
            }
        });
        assertEquals("from another thread", t.output());
        reactor.close();
    }

    /** Bytes already sent to an awaited socket are read before virtual time jumps past them. */
    @Test
    void virtualTimeReadsWhatASocketHasBeforeItJumps() throws Exception {
        Reactor reactor = Reactor.virtualTime();
        Executor ex = new Executor(reactor);
        SocketChannel[] p = pair();
        Future read = readByte(reactor, p[0], new ArrayList<>());
        Task t = ex.blockOn("main", timedRead(ex, read, () -> write(p[1], 'y')));
        assertEquals("read first", t.output(), "a 1ms virtual timeout must not fire while the byte is there to read");
        assertTrue(ex.now() < 1_000_000);
        reactor.close();
    }

    /**
     * A task waiting on a socket is idle: when nothing arrives, virtual time jumps to the next
     * timer, as Tokio's paused clock auto-advances (a timeout around an accept or a read fires).
     */
    @Test
    void virtualTimeJumpsPastASocketThatHasNothing() throws Exception {
        Reactor reactor = Reactor.virtualTime();
        Executor ex = new Executor(reactor);
        SocketChannel[] p = pair();
        Future read = readByte(reactor, p[0], new ArrayList<>());
        long started = System.nanoTime();
        Task t = ex.blockOn("main", timedRead(ex, read, () -> {
        }));
        assertEquals("timeout fired", t.output());
        assertEquals(1_000_000, ex.now());
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "the jump waited for real");
        reactor.close();
    }

    /** Starts {@code read} with a 1ms timeout beside it, then runs {@code afterStart}. */
    private static Future timedRead(Executor ex, Future read, Runnable afterStart) {
        return new Future() {
            Sleep timeout;

            @Override
            public Object poll(Waker waker) {
                if (read.poll(waker) != PENDING) {
                    return "read first";
                }
                if (timeout == null) {
                    timeout = new Sleep(ex, 1_000_000, "timeout fired");
                    afterStart.run();
                }
                return timeout.poll(waker) != PENDING ? "timeout fired" : PENDING;
            }
        };
    }

    private static void write(SocketChannel channel, char c) {
        try {
            channel.write(ByteBuffer.wrap(new byte[]{(byte) c}));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDrainedChannelIsNotTriedAgainUntilTheSelectorReportsData() throws Exception {
        Reactor reactor = Reactor.real();
        Executor ex = new Executor(reactor);
        SocketChannel[] p = pair();
        Reactor.Registration r = reactor.register(p[0]);
        assertTrue(r.mayBeReady(SelectionKey.OP_READ), "a new channel is worth trying");
        r.clearReady(SelectionKey.OP_READ);
        assertFalse(r.mayBeReady(SelectionKey.OP_READ));
        assertTrue(r.mayBeReady(SelectionKey.OP_WRITE), "only what was cleared is");
        writeLater(p[1], 'z');
        List<String> log = new ArrayList<>();
        Task t = ex.blockOn("main", new Future() {
            @Override
            public Object poll(Waker waker) {
                if (!r.mayBeReady(SelectionKey.OP_READ)) {
                    log.add("waits without reading");
                    r.await(SelectionKey.OP_READ, waker, "socket readable");
                    return PENDING;
                }
                ByteBuffer b = ByteBuffer.allocate(1);
                try {
                    p[0].read(b);
                } catch (Exception e) {
                    return e.toString();
                }
                log.add("read " + (char) b.get(0));
                return "done";
            }
        });
        assertEquals("done", t.output());
        assertEquals(List.of("waits without reading", "read z"), log);
        reactor.close();
    }
}
