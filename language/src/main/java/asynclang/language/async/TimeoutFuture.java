package asynclang.language.async;

import asynclang.language.values.AlDuration;
import asynclang.language.values.AlError;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.TimerQueue;
import asynclang.runtime.Waker;

/** {@code timeout(d, f)}: f's output, or a {@code timeout after d} error that cancels f. */
public final class TimeoutFuture extends AlFuture {

    private final Executor executor;
    private final AlDuration duration;
    private final long deadline;
    private Future inner;
    private TimerQueue.Timer timer;

    public TimeoutFuture(Executor executor, AlDuration duration, Future inner) {
        this.executor = executor;
        this.duration = duration;
        this.deadline = executor.now() + Math.max(0, duration.nanos());
        this.inner = inner;
    }

    @Override
    public Object poll(Waker waker) {
        Object r = Polling.poll(inner, waker);
        if (r != PENDING) {
            inner = null;
            cancelTimer();
            return r;
        }
        if (executor.now() >= deadline) {
            cancel();
            return new Failure(new AlError("timeout after " + duration));
        }
        if (timer == null) {
            timer = executor.timers().add(deadline, waker);
        }
        return PENDING;
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    @Override
    public void cancel() {
        cancelTimer();
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
