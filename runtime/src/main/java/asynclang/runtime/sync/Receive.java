package asynclang.runtime.sync;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * {@code ch.recv()}: the next value, or {@code closedOutput} once the channel is closed and
 * drained. A value handed to a receiver that is then cancelled goes back to the channel.
 */
public final class Receive implements Future {

    private final Channel channel;
    private final Object closedOutput;
    private WaitQueue.Waiter waiter;

    public Receive(Channel channel, Object closedOutput) {
        this.channel = channel;
        this.closedOutput = closedOutput;
    }

    @Override
    public Object poll(Waker waker) {
        if (waiter == null) {
            Object v = channel.tryReceive();
            if (v == Channel.CLOSED) {
                return closedOutput;
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
        if (v == Channel.CLOSED) {
            return closedOutput;
        }
        channel.taken();
        return v;
    }

    @Override
    public Failure cancel() {
        if (waiter != null) {
            if (waiter.isGranted()) {
                if (waiter.value() != Channel.CLOSED) {
                    channel.unreceive(waiter.value());
                }
            } else {
                channel.cancelReceive(waiter);
            }
            waiter = null;
        }
        return null;
    }

    @Override
    public String describe() {
        return "channel receive";
    }
}
