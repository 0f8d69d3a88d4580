package asynclang.runtime;

import java.util.PriorityQueue;

/**
 * Pending timers in a binary heap, ordered by deadline and, for equal deadlines, by the order
 * they were set (timers due at the same instant fire in that order).
 */
public final class TimerQueue {

    /**
     * One timer; {@link #cancel()} makes it never fire (it is dropped lazily). A future that
     * waits for one instant may be its own timer (a sleep is): the queue then holds the future
     * itself, and a sleeping task holds one object less.
     */
    public static class Timer implements Comparable<Timer> {
        final long deadline;
        /** When its deadline was set, for timers due at the same instant (an int: see compareTo). */
        private final int sequence;
        private Waker waker;
        private boolean cancelled;
        /** Whether the heap holds this timer (perhaps cancelled, waiting to be dropped). */
        private boolean queued;

        /** {@code sequence}: from {@link TimerQueue#nextSequence()} when the deadline was set. */
        protected Timer(long deadline, int sequence) {
            this.deadline = deadline;
            this.sequence = sequence;
        }

        public final long deadline() {
            return deadline;
        }

        /** Takes the entry out of the queue (lazily: the heap drops it when it comes up). */
        public void disarm() {
            cancelled = true;
        }

        @Override
        public final int compareTo(Timer o) {
            int c = Long.compare(deadline, o.deadline);
            // Compared as a difference, so that the order holds across the int's wrap (for as long
            // as fewer than 2^31 timers are armed while one waits).
            return c != 0 ? c : Integer.signum(sequence - o.sequence);
        }
    }

    private final PriorityQueue<Timer> heap = new PriorityQueue<>();
    private int sequence;

    /**
     * The place of a deadline set now among those due at the same instant: timers fire in the
     * order their deadlines were set (a future's at its creation, as in Tokio), whichever was
     * first polled.
     */
    public int nextSequence() {
        return sequence++;
    }

    /** A timer for a deadline set now. */
    public Timer add(long deadline, Waker waker) {
        return add(deadline, nextSequence(), waker);
    }

    /** A timer for a deadline set earlier, when {@code sequence} was taken. */
    public Timer add(long deadline, int sequence, Waker waker) {
        Timer t = new Timer(deadline, sequence);
        arm(t, waker);
        return t;
    }

    /**
     * Makes {@code t} wake {@code waker} at its deadline. A timer the heap still holds (it was
     * cancelled and not dropped yet, or is simply pending) keeps its place: its deadline has not
     * changed, so the heap stays ordered.
     */
    public void arm(Timer t, Waker waker) {
        t.waker = waker;
        t.cancelled = false;
        if (!t.queued) {
            t.queued = true;
            heap.add(t);
        }
    }

    /** The earliest live deadline, or {@link Long#MAX_VALUE}. */
    public long nextDeadline() {
        dropCancelled();
        Timer t = heap.peek();
        return t == null ? Long.MAX_VALUE : t.deadline;
    }

    /** Wakes every timer due at {@code now}, in order; returns how many fired. */
    public int fireDue(long now) {
        int fired = 0;
        dropCancelled();
        while (!heap.isEmpty() && heap.peek().deadline <= now) {
            Timer t = heap.poll();
            t.queued = false;
            if (!t.cancelled) {
                t.cancelled = true;
                t.waker.wake("timer");
                fired++;
            }
            dropCancelled();
        }
        return fired;
    }

    public boolean isEmpty() {
        dropCancelled();
        return heap.isEmpty();
    }

    private void dropCancelled() {
        while (!heap.isEmpty() && heap.peek().cancelled) {
            heap.poll().queued = false;
        }
    }
}
