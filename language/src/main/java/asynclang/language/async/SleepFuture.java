package asynclang.language.async;

import asynclang.language.values.AlDuration;
import asynclang.language.values.Nil;
import asynclang.runtime.Executor;
import asynclang.runtime.Waker;

/** {@code sleep(d)}: ready once the executor's clock reaches its deadline (set at creation, as Tokio does). */
public final class SleepFuture extends AlFuture {

    private final Deadline deadline;
    private final AlDuration duration;

    public SleepFuture(Executor executor, AlDuration duration) {
        this.duration = duration;
        this.deadline = new Deadline(executor, executor.now() + Math.max(0, duration.nanos()));
    }

    @Override
    public Object poll(Waker waker) {
        return deadline.reached(waker) ? Nil.NIL : PENDING;
    }

    @Override
    public void cancel() {
        deadline.cancel();
    }

    @Override
    public String describe() {
        return "sleep(" + duration + ")";
    }
}
