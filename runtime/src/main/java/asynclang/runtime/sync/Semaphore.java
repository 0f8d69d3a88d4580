package asynclang.runtime.sync;

import asynclang.runtime.Waker;

/**
 * Permits handed out first come, first served. A mutex is a semaphore of one permit; a
 * {@code Notify} is a semaphore whose permits do not accumulate beyond one.
 */
public final class Semaphore {

    private long permits;
    private final long maxStored;
    private final WaitQueue waiters;
    private long broadcasts;

    public Semaphore(long permits, long maxStored, String cause) {
        this.permits = permits;
        this.maxStored = maxStored;
        this.waiters = new WaitQueue(cause);
    }

    public long available() {
        return permits;
    }

    /** Takes a permit if one is free and nobody is queued before us. */
    public boolean tryAcquire() {
        if (permits > 0 && waiters.isEmpty()) {
            permits--;
            return true;
        }
        return false;
    }

    public WaitQueue.Waiter waitToAcquire(Waker waker) {
        return waiters.enqueue(waker, null);
    }

    /** A waiter that was granted a permit but cancelled gives it back; one not granted leaves. */
    public void cancelWait(WaitQueue.Waiter w) {
        if (w.isGranted()) {
            release();
        } else {
            waiters.remove(w);
        }
    }

    public void release() {
        if (!waiters.grantFirst(Boolean.TRUE) && permits < maxStored) {
            permits++;
        }
    }

    /** Grants every current waiter, storing nothing ({@code notify_all}). */
    public void releaseAll() {
        broadcasts++;
        waiters.grantAll(Boolean.TRUE);
    }

    /** How many times {@link #releaseAll} was called: a {@link Notified} made before one is released by it. */
    public long broadcasts() {
        return broadcasts;
    }

    public int waiting() {
        return waiters.size();
    }
}
