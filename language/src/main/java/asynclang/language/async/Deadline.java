package asynclang.language.async;

import asynclang.runtime.Executor;
import asynclang.runtime.TimerQueue;
import asynclang.runtime.Waker;

/** An instant on the executor's clock that a future waits for, with the timer that wakes it. */
final class Deadline {

    private final Executor executor;
    long at;
    private TimerQueue.Timer timer;

    Deadline(Executor executor, long at) {
        this.executor = executor;
        this.at = at;
    }

    /** True once the clock has reached the deadline; until then, arranges a wake for it. */
    boolean reached(Waker waker) {
        if (executor.now() >= at) {
            cancel();
            return true;
        }
        if (timer == null) {
            timer = executor.timers().add(at, waker);
        }
        return false;
    }

    void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
