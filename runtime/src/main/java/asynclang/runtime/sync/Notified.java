package asynclang.runtime.sync;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * {@code n.notified()}: waits for a {@code notify_one} permit, as an {@link Acquire}; but, as
 * Tokio's {@code Notified}, a {@code notify_all} made after the future was created releases it
 * even if it had not been polled yet (it was not waiting then, but it was already made).
 */
public final class Notified implements Future {

    private final Semaphore semaphore;
    private final long broadcastsAtCreation;
    private final Object output;
    private final Acquire acquire;
    private boolean polled;

    public Notified(Semaphore semaphore, Object output) {
        this.semaphore = semaphore;
        this.broadcastsAtCreation = semaphore.broadcasts();
        this.output = output;
        this.acquire = new Acquire(semaphore, () -> output, "notified()");
    }

    @Override
    public Object poll(Waker waker) {
        if (!polled) {
            polled = true;
            if (semaphore.broadcasts() != broadcastsAtCreation) {
                return output;
            }
        }
        return acquire.poll(waker);
    }

    @Override
    public Failure cancel() {
        return acquire.cancel();
    }

    @Override
    public String describe() {
        return acquire.describe();
    }
}
