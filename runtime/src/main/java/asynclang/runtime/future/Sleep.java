package asynclang.runtime.future;

import asynclang.runtime.Executor;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** Ready once the executor's clock reaches its deadline, which is set at creation (as in Tokio). */
public final class Sleep implements Future {

    private final Deadline deadline;
    private final Object output;

    public Sleep(Executor executor, long nanos, Object output) {
        this.deadline = Deadline.after(executor, nanos);
        this.output = output;
    }

    @Override
    public Object poll(Waker waker) {
        return deadline.reached(waker) ? output : PENDING;
    }

    @Override
    public void cancel() {
        deadline.cancel();
    }
}
