package asynclang.runtime;

/**
 * Something that completes later, polled by the executor: each {@link #poll} either finishes
 * (returns the output, or a {@link Failure}) or returns {@link #PENDING} after arranging for
 * {@code waker} to be woken when polling again could make progress. Polling does all the work:
 * a future nobody polls does nothing.
 */
public interface Future {

    /** The "not yet" answer of {@link #poll}. */
    Object PENDING = new Object() {
        @Override
        public String toString() {
            return "Pending";
        }
    };

    Object poll(Waker waker);

    /**
     * Called when the future is dropped before completing: release timers, waiter slots, ...
     * Returns the failure that cleanup code raised meanwhile (a finally block of an async body),
     * or null. Whoever cancelled passes it on, as a panic in a Rust future's drop unwinds
     * through the poll that dropped it: a timeout's output is then that failure, not "timed out".
     */
    default Failure cancel() {
        return null;
    }

    /** What the future is waiting for, for task dumps and traces ({@code sleep(1s)}, ...). */
    default String describe() {
        return "a future";
    }
}
