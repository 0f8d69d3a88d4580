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
            waiter = channel.waitToSend(waker, value);
            return PENDING;
        }
        if (!waiter.isGranted()) {
            waiter.setWaker(waker);
            return PENDING;
        }
        return waiter.value() == Channel.CLOSED ? new Failure(closedError) : output;
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
