package asynclang.language.async;

import asynclang.language.values.AlDuration;
import asynclang.language.values.Nil;
import asynclang.runtime.Executor;
import asynclang.runtime.TimerQueue;
import asynclang.runtime.Waker;

/** {@code sleep(d)}: ready once the executor's clock reaches its deadline (set at creation, as Tokio does). */
public final class SleepFuture extends AlFuture {

    private final Executor executor;
    private final long deadline;
    private final AlDuration duration;
    private TimerQueue.Timer timer;

    public SleepFuture(Executor executor, AlDuration duration) {
        this.executor = executor;
        this.duration = duration;
        this.deadline = executor.now() + Math.max(0, duration.nanos());
    }

    @Override
    public Object poll(Waker waker) {
        if (executor.now() >= deadline) {
            cancel();
            return Nil.NIL;
        }
        if (timer == null) {
            timer = executor.timers().add(deadline, waker);
        }
        return PENDING;
    }

    @Override
    public void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    @Override
    public String describe() {
        return "sleep(" + duration + ")";
    }
}
