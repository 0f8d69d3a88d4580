package asynclang.runtime.future;

import java.util.List;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * Polls in argument order; the first to finish wins and the others are cancelled (dropped).
 * A failure of the winner is the output.
 */
public final class Select implements Future {

    private final Future[] futures;
    private final Outputs values;

    public Select(List<? extends Future> futures, Outputs values) {
        this.futures = futures.toArray(Future[]::new);
        this.values = values;
    }

    @Override
    public Object poll(Waker waker) {
        for (int i = 0; i < futures.length; i++) {
            Object r = futures[i].poll(waker);
            if (r == PENDING) {
                continue;
            }
            futures[i] = null;
            Failure losing = cancel();
            if (r instanceof Failure) {
                return r;
            }
            return losing != null ? losing : values.selected(i, r);
        }
        return PENDING;
    }

    @Override
    public Failure cancel() {
        return Futures.cancelAll(futures);
    }

    @Override
    public String describe() {
        return "select of " + futures.length + (futures.length == 1 ? " future" : " futures");
    }
}
