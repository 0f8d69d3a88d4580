package asynclang.language.async;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.AlError;
import asynclang.language.values.Types;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.language.AsyncLangContext;

/** The checks and error paths of {@code .await}. */
public final class Awaiting {

    private Awaiting() {
    }

    @TruffleBoundary
    public static Future request(Object value, Node node, int bci) {
        if (value instanceof asynclang.language.modules.Module m) {
            return m.load();
        }
        if (value instanceof AlFuture f) {
            if (!f.consume()) {
                throw AlException.error("future already awaited", node, bci);
            }
            return f;
        } else if (value instanceof Future f) {
            return f;
        }
        throw AlException.error("cannot await a value of type " + Types.typeName(value), node, bci);
    }

    @TruffleBoundary
    public static Future awaitableOrReady(Object value, Node node, int bci) {
        if (value instanceof Future) {
            return request(value, node, bci);
        }
        return waker -> value;
    }

    /** How many awaits are being run as direct calls on the Java stack right now. */
    public static final int MAX_DIRECT_DEPTH = 200;

    /**
     * The fast path of {@code .await}: a future that can finish now finishes without suspending
     * the body. A fresh coroutine is run as a plain call (up to {@link #MAX_DIRECT_DEPTH} deep);
     * other futures are polled once with the current task's waker. Returns the output, or an
     * {@link AwaitSuspend} for the body to yield to its driver.
     */
    @TruffleBoundary
    public static Object fast(Future future, AsyncLangContext context, Node node, int bci) {
        Task task = context.executor().current();
        if (task == null) {
            return new AwaitSuspend(future, false);
        }
        if (future instanceof Coroutine c) {
            if (context.directAwaitDepth >= MAX_DIRECT_DEPTH) {
                return new AwaitSuspend(c, false);
            }
            context.directAwaitDepth++;
            try {
                Object r = c.runDirect();
                return r == Coroutine.SUSPENDED ? new AwaitSuspend(c, true) : r;
            } finally {
                context.directAwaitDepth--;
            }
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
