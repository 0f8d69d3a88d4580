package asynclang.language.async;

import asynclang.language.values.AlDuration;
import asynclang.language.values.AlError;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** {@code timeout(d, f)}: f's output, or a {@code timeout after d} error that cancels f. */
public final class TimeoutFuture extends AlFuture {

    private final AlDuration duration;
    private final Deadline deadline;
    private Future inner;

    public TimeoutFuture(Executor executor, AlDuration duration, Future inner) {
        this.duration = duration;
        this.deadline = new Deadline(executor, executor.now() + Math.max(0, duration.nanos()));
        this.inner = inner;
    }

    @Override
    public Object poll(Waker waker) {
        Object r = Polling.poll(inner, waker);
        if (r != PENDING) {
            inner = null;
            deadline.cancel();
            return r;
        }
        if (deadline.reached(waker)) {
            cancel();
            return new Failure(new AlError("timeout after " + duration));
        }
        return PENDING;
    }

    @Override
    public void cancel() {
        deadline.cancel();
        if (inner != null) {
            inner.cancel();
            inner = null;
        }
    }

    @Override
    public String describe() {
        return "timeout(" + duration + ", " + (inner == null ? "..." : inner.describe()) + ")";
    }
}
