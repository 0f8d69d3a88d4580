package asynclang.language.async;

import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.builtins.Methods;
import asynclang.language.values.AlError;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Channel;
import asynclang.runtime.Failure;
import asynclang.runtime.WaitQueue;
import asynclang.runtime.Waker;

/**
 * {@code channel()} / {@code channel(n)}: {@code send(v)} and {@code recv()} are futures,
 * {@code close()} and {@code len()} are immediate. {@code recv()} gives nil once the channel is
 * closed and drained.
 */
public final class ChannelValue implements TruffleObject, Types.Named, Methods.HasMethods {

    private final Channel channel;

    public ChannelValue(int capacity) {
        this.channel = new Channel(capacity);
    }

    @Override
    public String typeName() {
        return "channel";
    }

    @Override
    public String toString() {
        return channel.isBounded() ? "<channel(" + channel.capacity() + ")>" : "<channel>";
    }

    @Override
    public Object invokeMethod(String name, Object[] args, Node node, int bci) {
        switch (name) {
            case "send":
                AsyncArgs.arity(name, args, 1, node, bci);
                return new Send(args[0]);
            case "recv":
                AsyncArgs.arity(name, args, 0, node, bci);
                return new Receive();
            case "close":
                AsyncArgs.arity(name, args, 0, node, bci);
                channel.close();
                return Nil.NIL;
            case "len":
                AsyncArgs.arity(name, args, 0, node, bci);
                return (long) channel.length();
            case "is_closed":
                AsyncArgs.arity(name, args, 0, node, bci);
                return channel.isClosed();
            default:
                return null;
        }
    }

    private static Failure closedError() {
        return new Failure(new AlError("send on a closed channel"));
    }

    /** {@code ch.send(v)}: Pending while a bounded channel is full. */
    final class Send extends AlFuture {
        private final Object value;
        private WaitQueue.Waiter waiter;

        Send(Object value) {
            this.value = value;
        }

        @Override
        public Object poll(Waker waker) {
            if (waiter == null) {
                if (channel.isClosed()) {
                    return closedError();
                }
                if (channel.trySend(value)) {
                    return Nil.NIL;
                }
                waiter = channel.waitToSend(waker, value);
                return PENDING;
            }
            if (!waiter.isGranted()) {
                waiter.setWaker(waker);
                return PENDING;
            }
            return waiter.value() == Channel.CLOSED ? closedError() : Nil.NIL;
        }

        @Override
        public void cancel() {
            if (waiter != null && !waiter.isGranted()) {
                channel.cancelWait(waiter);
            }
        }

        @Override
        public String describe() {
            return "channel send (channel full)";
        }
    }

    /** {@code ch.recv()}. */
    final class Receive extends AlFuture {
        private WaitQueue.Waiter waiter;

        @Override
        public Object poll(Waker waker) {
            if (waiter == null) {
                Object v = channel.tryReceive();
                if (v == Channel.CLOSED) {
                    return Nil.NIL;
                } else if (v != null) {
                    return v;
                }
                waiter = channel.waitToReceive(waker);
                return PENDING;
            }
            if (!waiter.isGranted()) {
                waiter.setWaker(waker);
                return PENDING;
            }
            Object v = waiter.value();
            waiter = null;
            return v == Channel.CLOSED ? Nil.NIL : v;
        }

        @Override
        public void cancel() {
            if (waiter != null) {
                if (waiter.isGranted()) {
                    if (waiter.value() != Channel.CLOSED) {
                        channel.unreceive(waiter.value());
                    }
                } else {
                    channel.cancelWait(waiter);
                }
            }
        }

        @Override
        public String describe() {
            return "channel receive";
        }
    }
}
