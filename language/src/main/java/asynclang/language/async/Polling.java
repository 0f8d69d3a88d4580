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
        } catch (AlException e) {
            return new Failure(e);
        } catch (AbstractTruffleException e) {
            AlException foreign = e instanceof Cancelled ? null : AlException.ofForeign(e);
            if (foreign == null) {
                throw e;
            }
            return new Failure(foreign);
        }
    }
}
