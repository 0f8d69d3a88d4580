package asynclang.language.async;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;

import asynclang.language.errors.AlException;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** Polls a future from language code; an error raised inside the poll becomes its failed output. */
public final class Polling {

    private Polling() {
    }

    @TruffleBoundary
    public static Object poll(Future f, Waker waker) {
        try {
            return f.poll(waker);
        } catch (AbstractTruffleException e) {
            return new Failure(asError(e));
        }
    }

    /**
     * What fails a chain when {@code e} leaves a future or a body: the language's own error as it
     * is, another language's or the host's as an Error ({@link AlException#ofForeign}); anything
     * that must go on up (a cancellation, a host's interrupt or exit) is rethrown.
     */
    static AlException asError(AbstractTruffleException e) {
        AlException error = e instanceof AlException own ? own : e instanceof Cancelled ? null : AlException.ofForeign(e);
        if (error == null) {
            throw e;
        }
        return error;
    }
}
