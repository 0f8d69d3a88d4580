package asynclang.language.async;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import asynclang.language.values.AlError;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Waker;

/**
 * {@code .await} on a host {@link CompletionStage} (a {@code CompletableFuture}): pending until
 * the host completes it, on any thread; the completion wakes the task through the executor's
 * thread-safe path. While it is pending the executor counts it as outside work, so waiting for
 * it is not a deadlock.
 */
public final class CompletionStageFuture extends AwaitOnceFuture {

    private final CompletionStage<?> stage;
    /** Makes the host's result a value of the language (host objects are wrapped for interop). */
    private final UnaryOperator<Object> toGuest;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private Executor executor;
    private boolean subscribed;
    private volatile boolean done;
    private volatile Object result;
    private volatile Throwable failure;

    public CompletionStageFuture(CompletionStage<?> stage, UnaryOperator<Object> toGuest) {
        this.stage = stage;
        this.toGuest = toGuest;
    }

    @Override
    public Object poll(Waker waker) {
        if (!subscribed) {
            subscribed = true;
            executor = waker.task().executor();
            waiting.set(true);
            executor.addExternalSource();
            stage.whenComplete((value, error) -> {
                result = value;
                failure = error;
                done = true;
                // Wake first: until the wake is queued, the outside work keeps this from looking like a deadlock.
                waker.wake("host future");
                stopWaiting();
            });
        }
        if (!done) {
            return PENDING;
        }
        if (failure != null) {
            return new Failure(new AlError(messageOf(failure)));
        }
        return toGuest.apply(result);
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

    /** The host exception's own message, past the wrappers the JDK adds. */
    static String messageOf(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message != null ? message : "the host future failed";
    }

    @Override
    public String describe() {
        return "host future";
    }
}
