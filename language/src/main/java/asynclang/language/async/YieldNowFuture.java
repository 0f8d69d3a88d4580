package asynclang.language.async;

import asynclang.language.values.Nil;
import asynclang.runtime.Waker;

/** {@code yield_now()}: Pending once, with the task re-scheduled at the back of the queue. */
public final class YieldNowFuture extends AlFuture {

    private boolean yielded;

    @Override
    public Object poll(Waker waker) {
        if (yielded) {
            return Nil.NIL;
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
