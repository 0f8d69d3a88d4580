package asynclang.language.async;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.AlError;
import asynclang.language.values.Types;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;

/** The checks and error paths of {@code .await}. */
public final class Awaiting {

    private Awaiting() {
    }

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
        throw AlException.error("cannot await a value of type " + Types.typeName(value), node, bci);
    }

    @TruffleBoundary
    public static Future awaitableOrReady(Object value, Node node, int bci) {
        if (value instanceof Future) {
            return request(value, node, bci);
        }
        return waker -> value;
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
