package asynclang.runtime.future;

import asynclang.runtime.DurationText;
import asynclang.runtime.Executor;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** Ready once the executor's clock reaches its deadline, which is set at creation (as in Tokio). */
public final class Sleep extends Deadline implements Future {

    private final Object output;
    private final long nanos;

    public Sleep(Executor executor, long nanos, Object output) {
        super(executor, atAfter(executor, nanos));
        this.output = output;
        this.nanos = nanos;
    }

    @Override
    public Object poll(Waker waker) {
        return reached(waker) ? output : PENDING;
    }

    /** Made only when a dump or trace asks: a pending sleep should cost no text. */
    @Override
    public String describe() {
        return "sleep(" + DurationText.of(nanos) + ")";
    }
}
