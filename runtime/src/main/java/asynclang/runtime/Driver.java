package asynclang.runtime;

/**
 * What the executor's loop thread does when no task is ready: wait until the next timer is due
 * or until something wakes it (Tokio's park/unpark drivers play this role). The executor asks;
 * the driver decides how: a real clock parks the thread, a virtual clock jumps, a selector
 * would wait for sockets and the deadline together.
 */
public interface Driver {

    /** Deadline meaning "no timer is pending" (clock times are never negative). */
    long NO_DEADLINE = -1;

    /** The time the executor's timers are measured on. */
    Clock clock();

    /**
     * Waits until the clock reaches {@code deadline} ({@link #NO_DEADLINE}: none), or until
     * {@link #unpark()} is called, or spuriously; the caller re-checks its state either way.
     * {@code externalWork} says that work on another thread (a file operation, a process, a
     * host future) may still wake a task: a virtual clock must not jump past it. (Sockets are
     * the driver's own business: see {@link #hasIoInterest()}.)
     *
     * @throws InterruptedException if the loop thread was interrupted while waiting, so that
     *             an embedder (a Truffle safepoint) can take over the thread
     */
    void park(long deadline, boolean externalWork) throws InterruptedException;

    /** Ends a {@link #park} in progress, or the next one; safe from any thread. */
    void unpark();

    /** Whether I/O registered with this driver may still wake a task. */
    default boolean hasIoInterest() {
        return false;
    }

    /** Whether time moves only when the executor jumps it (see {@link VirtualTimeDriver}). */
    default boolean isVirtual() {
        return clock().isVirtual();
    }
}
