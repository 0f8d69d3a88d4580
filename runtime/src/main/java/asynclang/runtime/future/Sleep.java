package asynclang.runtime.future;

import asynclang.runtime.DurationText;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.TimerQueue;
import asynclang.runtime.Waker;

/**
 * Ready once the executor's clock reaches its deadline, which is set at creation (as in Tokio).
 * The sleep is its own entry in the executor's timer queue.
 */
public final class Sleep extends TimerQueue.Timer implements Future {

    private final Object output;
    private final long nanos;

    public Sleep(Executor executor, long nanos, Object output) {
        super(Deadline.atAfter(executor, nanos), executor.timers().nextSequence());
        this.output = output;
        this.nanos = nanos;
    }

    @Override
    public Object poll(Waker waker) {
        // The executor is the waker's: not kept here, as a pending sleep's size counts.
        Executor executor = waker.task().executor();
        if (executor.now() >= deadline()) {
            disarm();
            return output;
        }
        executor.timers().arm(this, waker);
        return PENDING;
    }

    @Override
    public Failure cancel() {
        disarm();
        return null;
    }

    /** Made only when a dump or trace asks: a pending sleep should cost no text. */
    @Override
    public String describe() {
        return "sleep(" + DurationText.of(nanos) + ")";
    }
}
