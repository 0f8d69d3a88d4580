package asynclang.stdlib.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.AwaitOnceFuture;
import asynclang.language.async.LibraryFuture;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.library.StdModule;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;
import asynclang.runtime.io.Reactor;
import asynclang.stdlib.Args;

/**
 * {@code import std.net;} (LANGUAGE.md 5.2): TCP on the executor's reactor. Sockets are
 * non-blocking; a task waiting in accept, read or write is not a deadlock. Only where the
 * embedder allows sockets.
 */
public final class NetLibrary implements Library {

    /** Connections a listener queues before accepting (the contract asks for at least 1024). */
    static final int BACKLOG = 4096;

    @Override
    public void register(LibraryRegistry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("listen", r.functionValue("listen", 2, 2, (ctx, args, node) -> {
            String host = host("listen", args[0], node);
            int port = port("listen", args[1], node);
            allowed(ctx, node);
            return new LibraryFuture(new Future() {
                @Override
                public Object poll(Waker waker) {
                    return listen(ctx, host, port);
                }

                @Override
                public String describe() {
                    return "listen on " + HostPort.of(host, port);
                }
            }, "listen()");
        }));
        m.put("connect", r.functionValue("connect", 2, 2, (ctx, args, node) -> {
            String host = host("connect", args[0], node);
            int port = port("connect", args[1], node);
            allowed(ctx, node);
            return new Connect(ctx.reactor(), host, port);
        }));
        r.module(new StdModule("net", m, null));

        r.method(Listener.class, "accept", 0, 0, (ctx, a, node) -> ((Listener) a[0]).new Accept());
        r.method(Listener.class, "close", 0, 0, (ctx, a, node) -> {
            ((Listener) a[0]).close();
            return Nil.NIL;
        });
        r.field(Listener.class, "port", l -> (long) l.port);
        r.field(Listener.class, "host", l -> l.host);

        r.method(Conn.class, "read", 0, 0, (ctx, a, node) -> ((Conn) a[0]).new Read());
        r.method(Conn.class, "read_line", 0, 0, (ctx, a, node) -> ((Conn) a[0]).new ReadLine());
        r.method(Conn.class, "write", 1, 1, (ctx, a, node) -> ((Conn) a[0]).new Write(Args.string("write", a[1], node)));
        r.method(Conn.class, "close", 0, 0, (ctx, a, node) -> {
            ((Conn) a[0]).close();
            return Nil.NIL;
        });
        r.field(Conn.class, "peer", c -> c.peer);
    }

    /** The JDK takes an empty host for the loopback (connect) or every interface (listen); Tokio refuses it, and so do we (and a NUL). */
    private static String host(String function, Object v, Node node) {
        String host = Args.string(function, v, node);
        if (host.isBlank() || host.indexOf('\0') >= 0) {
            throw Args.error(function + " expects a host name or address, got " + Formatter.repr(host), node);
        }
        return host;
    }

    private static int port(String function, Object v, Node node) {
        if (!(v instanceof Long p) || p < 0 || p > 65535) {
            throw Args.error(function + " expects a port from 0 to 65535, got " + (Types.isInt(v) ? v : Types.typeName(v)), node);
        }
        return (int) (long) p;
    }

    private static void allowed(AsyncLangContext ctx, Node node) {
        if (!ctx.env().isSocketIOAllowed()) {
            throw Args.error("network access is not allowed", node);
        }
    }

    private static Object listen(AsyncLangContext ctx, String host, int port) {
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(host, port), BACKLOG);
            int bound = ((InetSocketAddress) channel.getLocalAddress()).getPort();
            return new Listener(channel, ctx.reactor(), host, bound);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Already failing.
                }
            }
            return new Failure(NetErrors.of(e, host, port));
        }
    }

    /** {@code net.connect(host, port)}: a Conn once the connection is made. */
    static final class Connect extends AwaitOnceFuture {

        @Override
        public String maker() {
            return "connect()";
        }
        private final Reactor reactor;
        private final String host;
        private final int port;
        private SocketChannel channel;
        private Reactor.Registration registration;
        private Reactor.Registration.Waiter waiting;

        Connect(Reactor reactor, String host, int port) {
            this.reactor = reactor;
            this.host = host;
            this.port = port;
        }

        @Override
        public Object poll(Waker waker) {
            try {
                if (channel == null) {
                    channel = SocketChannel.open();
                    channel.configureBlocking(false);
                    if (channel.connect(new InetSocketAddress(host, port))) {
                        return connected();
                    }
                    registration = reactor.register(channel);
                } else {
                    registration.cancel(waiting);
                    waiting = null;
                    if (channel.finishConnect()) {
                        return connected();
                    }
                }
                waiting = registration.await(SelectionKey.OP_CONNECT, waker, "connection made");
                return PENDING;
            } catch (IOException | RuntimeException e) {
                cancel();
                return new Failure(NetErrors.of(e, host, port));
            }
        }

        private Object connected() throws IOException {
            // The connection keeps the channel's registration: a channel cannot be registered
            // again with a selector until the next selection has forgotten its old key.
            Reactor.Registration r = registration != null ? registration : reactor.register(channel);
            SocketChannel c = channel;
            channel = null;
            registration = null;
            return new Conn(c, r);
        }

        @Override
        public Failure cancel() {
            if (registration != null) {
                registration.close();
                registration = null;
            }
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Dropped.
                }
                channel = null;
            }
            return null;
        }

        @Override
        public String describe() {
            return "connect to " + HostPort.of(host, port);
        }
    }
}
