package asynclang.runtime.sync;

import java.util.function.Supplier;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** Waits its turn for a permit, then outputs what {@code output} makes (a lock guard, say). */
public final class Acquire implements Future {

    private final Semaphore semaphore;
    private final Supplier<Object> output;
    private final String description;
    private WaitQueue.Waiter waiter;

    public Acquire(Semaphore semaphore, Supplier<Object> output, String description) {
        this.semaphore = semaphore;
        this.output = output;
        this.description = description;
    }

    @Override
    public Object poll(Waker waker) {
        if (waiter == null) {
            if (semaphore.tryAcquire()) {
                return output.get();
            }
            waiter = semaphore.waitToAcquire(waker);
            return PENDING;
        }
        if (!waiter.isGranted()) {
            waiter.setWaker(waker);
            return PENDING;
        }
        waiter = null;
        return output.get();
    }

    @Override
    public Failure cancel() {
        if (waiter != null) {
            semaphore.cancelWait(waiter);
            waiter = null;
        }
        return null;
    }

    @Override
    public String describe() {
        return description;
    }
}
