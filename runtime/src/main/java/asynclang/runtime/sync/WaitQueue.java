package asynclang.runtime.sync;

import java.util.ArrayDeque;

import asynclang.runtime.Waker;

/**
 * Futures waiting for a resource (a lock, a permit, a value), first come first served. A
 * waiter is granted the resource directly, so a newcomer cannot overtake the queue.
 */
public final class WaitQueue {

    /** One waiting future. */
    public static final class Waiter {
        Waker waker;
        Object value;
        boolean granted;

        public boolean isGranted() {
            return granted;
        }

        /** What the grant carried (a channel value, say). */
        public Object value() {
            return value;
        }

        public void setWaker(Waker w) {
            waker = w;
        }
    }

    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private final String cause;

    /** {@code cause} names the resource in wake traces ("channel", "mutex", ...). */
    public WaitQueue(String cause) {
        this.cause = cause;
    }

    public Waiter enqueue(Waker waker, Object value) {
        Waiter w = new Waiter();
        w.waker = waker;
        w.value = value;
        waiters.add(w);
        return w;
    }

    public boolean isEmpty() {
        return waiters.isEmpty();
    }

    public int size() {
        return waiters.size();
    }

    public Waiter peek() {
        return waiters.peek();
    }

    /** Grants the first waiter, handing it {@code value}; returns false if nobody waits. */
    public boolean grantFirst(Object value) {
        Waiter w = waiters.poll();
        if (w == null) {
            return false;
        }
        w.granted = true;
        w.value = value;
        w.waker.wake(cause);
        return true;
    }

    /** Grants everyone waiting now. */
    public void grantAll(Object value) {
        while (grantFirst(value)) {
            // next
        }
    }

    /** A waiter gave up (its future was cancelled) before being granted. */
    public void remove(Waiter w) {
        waiters.remove(w);
    }
}
