package asynclang.runtime.future;

import java.util.List;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * Polls every future in argument order, within the current task; the output lists their
 * outputs in that order. The first failure cancels the rest and is the output.
 */
public final class Join implements Future {

    private final Future[] futures;
    private final Object[] outputs;
    private final Outputs values;
    private int remaining;

    public Join(List<? extends Future> futures, Outputs values) {
        this.futures = futures.toArray(Future[]::new);
        this.outputs = new Object[this.futures.length];
        this.remaining = this.futures.length;
        this.values = values;
    }

    @Override
    public Object poll(Waker waker) {
        for (int i = 0; i < futures.length; i++) {
            if (futures[i] == null) {
                continue;
            }
            Object r = futures[i].poll(waker);
            if (r == PENDING) {
                continue;
            }
            futures[i] = null;
            if (r instanceof Failure) {
                cancel(); // the first failure is the output; one the others raise while cancelled comes after it
                return r;
            }
            outputs[i] = r;
            remaining--;
        }
        return remaining > 0 ? PENDING : values.list(outputs);
    }

    @Override
    public Failure cancel() {
        return Futures.cancelAll(futures);
    }

    @Override
    public String describe() {
        return "join of " + futures.length + (futures.length == 1 ? " future" : " futures");
    }
}
