package asynclang.runtime.future;

import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** The inner future's output, or a failure once the deadline passes (the inner one is cancelled). */
public final class Timeout implements Future {

    private final long nanos;
    private final Deadline deadline;
    private final Outputs values;
    private Future inner;

    public Timeout(Executor executor, long nanos, Future inner, Outputs values) {
        this.nanos = nanos;
        this.deadline = Deadline.after(executor, nanos);
        this.inner = inner;
        this.values = values;
    }

    @Override
    public Object poll(Waker waker) {
        Object r = inner.poll(waker);
        if (r != PENDING) {
            inner = null;
            deadline.cancel();
            return r;
        }
        if (deadline.reached(waker)) {
            Failure cleanup = cancel();
            return cleanup != null ? cleanup : new Failure(values.timedOut(nanos));
        }
        return PENDING;
    }

    @Override
    public Failure cancel() {
        deadline.cancel();
        Failure cleanup = null;
        if (inner != null) {
            cleanup = inner.cancel();
            inner = null;
        }
        return cleanup;
    }

    /** The future being timed, while it runs. */
    public Future inner() {
        return inner;
    }

    @Override
    public String describe() {
        return "timeout(" + values.durationText(nanos) + ", " + (inner == null ? "..." : inner.describe()) + ")";
    }
}
