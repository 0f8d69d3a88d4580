package asynclang.language.async;

import java.util.ArrayList;
import java.util.List;

import asynclang.language.values.AlList;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * {@code join(a, b, ...)}: polls every future in argument order, within the current task; the
 * output lists their outputs in that order. The first failure cancels the rest and is the output.
 */
public final class JoinFuture extends AlFuture {

    private final Future[] futures;
    private final Object[] outputs;
    private int remaining;

    public JoinFuture(List<Future> futures) {
        this.futures = futures.toArray(Future[]::new);
        this.outputs = new Object[this.futures.length];
        this.remaining = this.futures.length;
    }

    @Override
    public Object poll(Waker waker) {
        for (int i = 0; i < futures.length; i++) {
            if (outputs[i] != null) {
                continue;
            }
            Object r = Polling.poll(futures[i], waker);
            if (r == PENDING) {
                continue;
            }
            if (r instanceof Failure) {
                futures[i] = null;
                cancel();
                return r;
            }
            outputs[i] = r;
            futures[i] = null;
            remaining--;
        }
        if (remaining > 0) {
            return PENDING;
        }
        return new AlList(new ArrayList<>(List.of(outputs)));
    }

    @Override
    public void cancel() {
        Polling.cancelAll(futures);
    }

    @Override
    public String describe() {
        return "join of " + futures.length + " futures";
    }
}
