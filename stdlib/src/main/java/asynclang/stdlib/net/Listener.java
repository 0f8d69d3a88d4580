package asynclang.stdlib.net;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;


import asynclang.language.values.ScriptObject;
import asynclang.language.values.AlError;
import asynclang.language.values.Types;
import asynclang.runtime.Failure;
import asynclang.runtime.Waker;
import asynclang.runtime.io.Reactor;

/** {@code net.listen(host, port).await}: accepts connections; {@code port} is the bound port. */
final class Listener extends ScriptObject implements Types.Named {

    final ServerSocketChannel channel;
    final Reactor reactor;
    final Reactor.Registration registration;
    final String host;
    final int port;
    boolean closed;

    Listener(ServerSocketChannel channel, Reactor reactor, String host, int port) {
        this.channel = channel;
        this.reactor = reactor;
        this.registration = reactor.register(channel);
        this.host = host;
        this.port = port;
    }

    @Override
    public String typeName() {
        return "listener";
    }

    @Override
    public String toString() {
        return "<listener " + HostPort.of(host, port) + ">";
    }

    void close() {
        if (!closed) {
            closed = true;
            registration.close();
            try {
                channel.close();
            } catch (IOException e) {
                // Closing never fails in a way a script could act on.
            }
        }
    }

    /** {@code listener.accept()}: the next connection. */
    final class Accept extends SocketWait {

        @Override
        public String maker() {
            return "accept()";
        }

        Accept() {
            super(registration);
        }

        @Override
        public Object poll(Waker waker) {
            stopWaiting();
            if (closed) {
                return new Failure(new AlError("the listener is closed"));
            }
            SocketChannel accepted;
            try {
                accepted = channel.accept();
                if (accepted == null) {
                    return waitFor(SelectionKey.OP_ACCEPT, waker, "connection to accept");
                }
                return new Conn(accepted, reactor);
            } catch (IOException e) {
                return new Failure(NetErrors.of(e, host, port));
            }
        }

        @Override
        public String describe() {
            return "accept on " + HostPort.of(host, port);
        }
    }
}
