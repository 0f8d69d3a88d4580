package asynclang.runtime.future;

import asynclang.runtime.Executor;
import asynclang.runtime.TimerQueue;
import asynclang.runtime.Waker;

/**
 * An instant on the executor's clock that a future waits for, with the timer that wakes it.
 * A duration too long for the clock saturates at {@link Long#MAX_VALUE}: a real clock never
 * gets there (the wait lasts forever, and is not a deadlock), a virtual one jumps to it.
 */
public final class Deadline {

    private final Executor executor;
    private final long at;
    /** Its place among deadlines due at the same instant: taken now, when it is set. */
    private final int sequence;
    private TimerQueue.Timer timer;

    public Deadline(Executor executor, long at) {
        this.executor = executor;
        this.at = at;
        this.sequence = executor.timers().nextSequence();
    }

    /** {@code nanos} from now, saturating at the end of time. */
    public static Deadline after(Executor executor, long nanos) {
        return new Deadline(executor, atAfter(executor, nanos));
    }

    static long atAfter(Executor executor, long nanos) {
        long now = executor.now();
        return nanos <= 0 ? now : (nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
    }

    public long at() {
        return at;
    }

    /** True once the clock has reached the deadline; until then, arranges a wake for it. */
    public boolean reached(Waker waker) {
        if (executor.now() >= at) {
            cancel();
            return true;
        }
        if (timer == null) {
            timer = executor.timers().add(at, sequence, waker);
        }
        return false;
    }

    public void cancel() {
        if (timer != null) {
            timer.disarm();
            timer = null;
        }
    }
}
