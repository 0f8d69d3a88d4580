package asynclang.runtime;

import java.util.PriorityQueue;

/**
 * Pending timers in a binary heap, ordered by deadline and, for equal deadlines, by the order
 * they were set (timers due at the same instant fire in that order).
 */
public final class TimerQueue {

    /** One timer; {@link #cancel()} makes it never fire (it is dropped lazily). */
    public static final class Timer implements Comparable<Timer> {
        final long deadline;
        final long sequence;
        final Waker waker;
        boolean cancelled;

        Timer(long deadline, long sequence, Waker waker) {
            this.deadline = deadline;
            this.sequence = sequence;
            this.waker = waker;
        }

        public long deadline() {
            return deadline;
        }

        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(deadline, o.deadline);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    private final PriorityQueue<Timer> heap = new PriorityQueue<>();
    private long sequence;

    public Timer add(long deadline, Waker waker) {
        Timer t = new Timer(deadline, sequence++, waker);
        heap.add(t);
        return t;
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
            heap.poll();
        }
    }
}
