package asynclang.language.async;

import java.util.concurrent.atomic.AtomicBoolean;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.values.AlError;
import asynclang.language.values.Foreign;
import asynclang.language.values.HostValues;
import asynclang.language.values.Nil;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Waker;

/**
 * {@code .await} on a foreign thenable (a JavaScript Promise, say): the first poll calls its
 * {@code then(resolve, reject)} with two functions that settle this future and wake the task;
 * they may be called on any thread. A rejection becomes an Error with the reason's message.
 */
public final class ThenableFuture extends AwaitOnceFuture {

    /** The thenable followed now: the awaited one, then whatever it resolved with, if a thenable. */
    private Object thenable;
    /** Which subscription a settle function belongs to: one followed before is not heard any more. */
    private volatile int subscription;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private Executor executor;
    private boolean subscribed;
    private volatile boolean settled;
    private volatile boolean rejected;
    private volatile Object outcome;

    public ThenableFuture(Object thenable) {
        this.thenable = thenable;
    }

    @Override
    @TruffleBoundary
    public Object poll(Waker waker) {
        if (!subscribed) {
            subscribed = true;
            executor = waker.task().executor();
            waiting.set(true);
            executor.addExternalSource();
            try {
                InteropLibrary.getUncached().invokeMember(thenable, "then", new Settle(this, false, waker, subscription), new Settle(this, true, waker, subscription));
            } catch (InteropException e) {
                stopWaiting();
                return new Failure(new AlError("cannot await " + HostValues.describe(thenable) + ": its then() cannot be called"));
            } catch (AbstractTruffleException e) {
                // then() threw: a rejection with that error, as a Promise's resolution takes it
                // (unless it had settled before throwing: the first outcome counts).
                if (!settled) {
                    outcome = e;
                    rejected = true;
                    settled = true;
                }
                stopWaiting();
            }
        }
        if (!settled) {
            return PENDING;
        }
        if (!rejected && isThenable(outcome)) {
            // Resolved with another thenable (a Promise): its outcome is this one's, as a
            // Promise adopts the state of the thenable it is resolved with.
            if (outcome == thenable) {
                return new Failure(new AlError("cannot await " + HostValues.describe(thenable) + ": it resolved with itself"));
            }
            thenable = outcome;
            outcome = null;
            subscription++;
            settled = false;
            subscribed = false;
            return poll(waker);
        }
        return rejected ? new Failure(new AlError(reasonOf(outcome))) : Foreign.valueFrom(thenable, outcome);
    }

    private static boolean isThenable(Object v) {
        return v != null && !HostValues.isAsynclangValue(v) && !(v instanceof AlFuture) && InteropLibrary.getUncached().isMemberInvocable(v, "then");
    }

    void settle(boolean reject, Object value, Waker waker, int from) {
        if (settled || from != subscription) {
            return; // a thenable may call both functions, or one twice: the first call counts
        }
        outcome = value;
        rejected = reject;
        settled = true;
        waker.wake("promise"); // before the outside work ends, as for a CompletionStage
        stopWaiting();
    }

    @Override
    public Failure cancel() {
        stopWaiting();
        return null;
    }

    private void stopWaiting() {
        if (waiting.compareAndSet(true, false)) {
            executor.removeExternalSource();
        }
    }

    /** A rejection's reason as a message: an error's {@code message}, else its string form. */
    @TruffleBoundary
    private static String reasonOf(Object reason) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.isMemberReadable(reason, "message")) {
                Object m = interop.readMember(reason, "message");
                if (interop.isString(m)) {
                    return interop.asString(m);
                }
            }
            if (interop.isString(reason)) {
                return interop.asString(reason);
            }
        } catch (InteropException e) {
            // fall back to the display string
        }
        return HostValues.describe(reason);
    }

    @Override
    public String describe() {
        return "promise";
    }

    /** The resolve or reject function handed to {@code then}. */
    @ExportLibrary(InteropLibrary.class)
    static final class Settle implements TruffleObject {
        private final ThenableFuture future;
        private final boolean reject;
        private final Waker waker;
        private final int subscription;

        Settle(ThenableFuture future, boolean reject, Waker waker, int subscription) {
            this.future = future;
            this.reject = reject;
            this.waker = waker;
            this.subscription = subscription;
        }

        @ExportMessage
        boolean isExecutable() {
            return true;
        }

        @ExportMessage
        @TruffleBoundary
        Object execute(Object[] arguments) {
            future.settle(reject, arguments.length > 0 ? arguments[0] : Nil.NIL, waker, subscription);
            return Nil.NIL;
        }
    }
}
