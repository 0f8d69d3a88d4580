package asynclang.language.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.oracle.truffle.api.TruffleSafepoint;

import asynclang.language.AsyncLangContext;
import asynclang.language.functions.HostEntry;

/**
 * One thread at a time runs a context's script code: the thread that holds its entry lock (the
 * one evaluating, or calling in). A call from another thread meanwhile is handed to the
 * context's executor, which runs it between two task polls on its own thread, and the caller
 * waits for the result; if the lock comes free first, the caller runs the call itself. The
 * wait polls Truffle safepoints, so closing or interrupting the context ends it.
 */
final class ThreadGate implements HostEntry.Gate {

    private static final long WAIT_SLICE_MILLIS = 10;

    @Override
    public int enter() {
        ReentrantLock lock = AsyncLangContext.get(null).entryLock();
        if (lock.isHeldByCurrentThread()) {
            return HostEntry.ALREADY_INSIDE;
        }
        return lock.tryLock() ? HostEntry.ENTERED : HostEntry.BUSY;
    }

    @Override
    public void exit() {
        AsyncLangContext.get(null).entryLock().unlock();
    }

    @Override
    public void catchUp() {
        AsyncLangContext.get(null).executor().catchUp();
    }

    @Override
    public void returned() {
        AsyncLangContext context = AsyncLangContext.get(null);
        if (!context.executor().isDriving()) {
            context.flush();
        }
    }

    @Override
    public Object handOver(Supplier<Object> call) {
        AsyncLangContext context = AsyncLangContext.get(null);
        ReentrantLock lock = context.entryLock();
        CompletableFuture<Object> result = new CompletableFuture<>();
        AtomicBoolean taken = new AtomicBoolean();
        context.executor().submit(() -> {
            if (taken.compareAndSet(false, true)) {
                try {
                    result.complete(call.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }
        });
        while (true) {
            try {
                return result.get(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                TruffleSafepoint.poll(null);
                if (!taken.get() && lock.tryLock()) {
                    // The other thread left the context before its executor took the call.
                    try {
                        if (taken.compareAndSet(false, true)) {
                            return call.get();
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                TruffleSafepoint.poll(null);
            }
        }
    }

    /** Waits, as {@link #handOver} does, for a result another thread produces. */
    static Object await(CompletableFuture<Object> result, long giveUpAt) throws TimeoutException {
        while (true) {
            long slice = WAIT_SLICE_MILLIS;
            if (giveUpAt != asynclang.runtime.Executor.NO_TIMEOUT) {
                long left = giveUpAt - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                slice = Math.min(slice, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            try {
                return result.get(slice, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                TruffleSafepoint.poll(null);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                TruffleSafepoint.poll(null);
            }
        }
    }
}
