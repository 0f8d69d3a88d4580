package asynclang.runtime.sync;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** {@code ch.send(v)}: Pending while a bounded channel is full; fails once it is closed. */
public final class Send implements Future {

    private final Channel channel;
    private final Object value;
    private final Object output;
    private final Object closedError;
    private WaitQueue.Waiter waiter;
    /** The granted slot was filled or refused, or the wait given up: the channel has had its answer. */
    private boolean settled;

    public Send(Channel channel, Object value, Object output, Object closedError) {
        this.channel = channel;
        this.value = value;
        this.output = output;
        this.closedError = closedError;
    }

    @Override
    public Object poll(Waker waker) {
        if (waiter == null) {
            if (channel.isClosed()) {
                return new Failure(closedError);
            }
            if (channel.trySend(value)) {
                return output;
            }
            waiter = channel.waitToSend(waker);
            return PENDING;
        }
        if (!waiter.isGranted()) {
            waiter.setWaker(waker);
            return PENDING;
        }
        if (!settled) {
            settled = true;
            if (waiter.value() == Channel.CLOSED || !channel.fill(value)) {
                return new Failure(closedError);
            }
        }
        return output;
    }

    @Override
    public Failure cancel() {
        if (waiter != null && !settled) {
            settled = true;
            channel.cancelSend(waiter);
        }
        return null;
    }

    @Override
    public String describe() {
        return "channel send (channel full)";
    }
}
