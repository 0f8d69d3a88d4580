package asynclang.language.async;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.AlError;
import asynclang.language.values.Types;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Task;

/** The checks and slow paths of {@code .await}. */
public final class Awaiting {

    /** How many awaits may run as direct calls on the Java stack at once. */
    public static final int MAX_DIRECT_DEPTH = 200;

    private Awaiting() {
    }

    /** Takes {@code value} to await it: a future can be awaited once (it is moved into the await). */
    @TruffleBoundary
    public static Future request(Object value, Node node, int bci) {
        if (value instanceof AlFuture f) {
            if (!f.consume()) {
                throw AlException.error("future already awaited", node, bci);
            }
            return f;
        } else if (value instanceof Future f) {
            return f;
        }
        Future adapted = AlFuture.host() == null ? null : AlFuture.host().adapt(value);
        if (adapted != null) {
            return adapted;
        }
        throw AlException.error("cannot await a value of type " + Types.typeName(value), node, bci);
    }

    /** {@code main()}'s result: a future to await, or a value to use as it is. */
    @TruffleBoundary
    public static Future awaitableOrReady(Object value, Node node, int bci) {
        if (value instanceof Future) {
            return request(value, node, bci);
        }
        return waker -> value;
    }

    /**
     * The fast path of {@code .await} for a future that is not a fresh coroutine: poll it once
     * with the current task's waker. Returns the output, or an {@link AwaitSuspend} for the body
     * to yield to its driver.
     */
    @TruffleBoundary
    public static Object pollOnce(Future future, Task task, Node node, int bci) {
        if (task == null) {
            return new AwaitSuspend(future, false);
        }
        Object r = Polling.poll(future, task.waker());
        if (r == Future.PENDING) {
            return new AwaitSuspend(future, true);
        }
        if (r instanceof Failure) {
            throw rethrow(r, node, bci);
        }
        return r;
    }

    /** The exception to raise at the await a failure (or a cancellation) resumed. */
    @TruffleBoundary
    public static RuntimeException rethrow(Object resumedWith, Node node, int bci) {
        if (resumedWith == AwaitSignal.CANCEL) {
            return new Cancelled();
        }
        Object error = ((Failure) resumedWith).error();
        if (error instanceof AlException e) {
            return AlException.propagated(e, node, bci);
        } else if (error instanceof AlError e) {
            return AlException.thrown(e, node, bci);
        }
        return AlException.error(String.valueOf(error), node, bci);
    }
}
