package asynclang.language.async;

import java.util.List;

import asynclang.language.values.AlMap;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * {@code select(a, b, ...)}: polls in argument order; the first to finish wins and the others
 * are cancelled. The output is {@code {index: i, value: v}}; a failure of the winner is rethrown.
 */
public final class SelectFuture extends AlFuture {

    private final Future[] futures;

    public SelectFuture(List<Future> futures) {
        this.futures = futures.toArray(Future[]::new);
    }

    @Override
    public Object poll(Waker waker) {
        for (int i = 0; i < futures.length; i++) {
            Object r = Polling.poll(futures[i], waker);
            if (r == PENDING) {
                continue;
            }
            futures[i] = null;
            cancel();
            if (r instanceof Failure) {
                return r;
            }
            AlMap out = new AlMap();
            out.put("index", (long) i);
            out.put("value", r);
            return out;
        }
        return PENDING;
    }

    @Override
    public void cancel() {
        Polling.cancelAll(futures);
    }

    @Override
    public String describe() {
        return "select of " + futures.length + " futures";
    }
}
