package asynclang.runtime.future;

import asynclang.runtime.Driver;
import asynclang.runtime.Executor;
import asynclang.runtime.TimerQueue;
import asynclang.runtime.Waker;

/**
 * An instant on the executor's clock that a future waits for, with the timer that wakes it.
 * {@link Driver#NO_DEADLINE} (a duration too long for the clock) is never reached.
 */
public final class Deadline {

    private final Executor executor;
    private long at;
    private TimerQueue.Timer timer;

    public Deadline(Executor executor, long at) {
        this.executor = executor;
        this.at = at;
    }

    /** {@code nanos} from now, saturating: an overflowing deadline means never. */
    public static Deadline after(Executor executor, long nanos) {
        long now = executor.now();
        long at = nanos <= 0 ? now : (nanos >= Long.MAX_VALUE - now ? Driver.NO_DEADLINE : now + nanos);
        return new Deadline(executor, at);
    }

    public long at() {
        return at;
    }

    /** True once the clock has reached the deadline; until then, arranges a wake for it. */
    public boolean reached(Waker waker) {
        if (at != Driver.NO_DEADLINE && executor.now() >= at) {
            cancel();
            return true;
        }
        if (timer == null && at != Driver.NO_DEADLINE) {
            timer = executor.timers().add(at, waker);
        }
        return false;
    }

    /** Moves the deadline on by {@code nanos} (for intervals); the old timer is dropped. */
    public void advance(long nanos) {
        cancel();
        at = nanos >= Driver.NO_DEADLINE - at ? Driver.NO_DEADLINE : at + nanos;
    }

    public void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
