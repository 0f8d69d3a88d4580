package asynclang.runtime.future;

import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** Pending once, with the task re-scheduled at the back of the ready queue; then ready. */
public final class YieldNow implements Future {

    private final Object output;
    private boolean yielded;

    public YieldNow(Object output) {
        this.output = output;
    }

    @Override
    public Object poll(Waker waker) {
        if (yielded) {
            return output;
        }
        yielded = true;
        waker.wake("yield_now");
        return PENDING;
    }

    @Override
    public String describe() {
        return "yield_now()";
    }
}
