package asynclang.language.engine;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.AlFuture;
import asynclang.language.async.CompletionStageFuture;
import asynclang.language.async.ThenableFuture;
import asynclang.language.errors.AlException;
import asynclang.language.functions.HostEntry;
import asynclang.language.tooling.TaskDump;
import asynclang.language.values.AlError;
import asynclang.language.values.HostValues;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Deadlock;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.runtime.Waker;

/**
 * The host's side of futures. Out: a future's {@code get} and {@code then} run it as a task of
 * the context's executor, which they drive on the calling thread while they wait, as
 * {@code block_on} does. In: {@code .await} takes a host {@link CompletionStage} or a foreign
 * thenable.
 */
final class HostFutures implements AlFuture.Host {

    @Override
    @TruffleBoundary
    public Object get(AlFuture future, Object[] arguments) {
        long timeoutMillis = -1;
        if (arguments.length > 1) {
            throw AlException.error("get takes at most one argument (a timeout in milliseconds), got " + arguments.length, null);
        }
        if (arguments.length == 1) {
            Object t = HostValues.fromHost(arguments[0]);
            if (!(t instanceof Long ms) || ms < 0) {
                throw AlException.error("get expects a timeout in milliseconds (an int >= 0), got " + Types.typeName(t), null);
            }
            timeoutMillis = ms;
        }
        long giveUpAt = timeoutMillis < 0 ? Executor.NO_TIMEOUT : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        int entry = HostEntry.enter();
        if (entry == HostEntry.BUSY) {
            return getFromAnotherThread(future, giveUpAt, timeoutMillis);
        }
        try {
            return getHere(future, giveUpAt, timeoutMillis);
        } finally {
            if (entry == HostEntry.ENTERED) {
                HostEntry.exit();
            }
        }
    }

    private static Object getHere(AlFuture future, long giveUpAt, long timeoutMillis) {
        AsyncLangContext context = AsyncLangContext.get(null);
        Task task = taskOf(future, context.executor(), "get");
        if (!drive(context, task, giveUpAt)) {
            throw timedOut(future, timeoutMillis);
        }
        return outputOf(task);
    }

    private static AlException timedOut(AlFuture future, long timeoutMillis) {
        return AlException.error("timed out after " + timeoutMillis + " ms waiting for " + future, null);
    }

    /**
     * {@code get} on a thread other than the one running the context: the executor starts the
     * future and reports its output back; this thread waits (driving the executor itself if
     * the other thread leaves the context meanwhile).
     */
    private static Object getFromAnotherThread(AlFuture future, long giveUpAt, long timeoutMillis) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Task reporter = (Task) HostEntry.handOver(() -> {
            Executor executor = AsyncLangContext.get(null).executor();
            Task task = taskOf(future, executor, "then");
            return executor.spawnForHost("get", new Reporter(task, result));
        });
        AsyncLangContext context = AsyncLangContext.get(null);
        while (!result.isDone()) {
            long slice = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
            long until = giveUpAt == Executor.NO_TIMEOUT ? slice : Math.min(slice, giveUpAt);
            if (context.entryLock().tryLock()) {
                try {
                    drive(context, reporter, until);
                } finally {
                    context.entryLock().unlock();
                }
            } else {
                try {
                    ThreadGate.await(result, until);
                } catch (TimeoutException e) {
                    // next slice
                }
            }
            if (!result.isDone() && giveUpAt != Executor.NO_TIMEOUT && System.nanoTime() - giveUpAt >= 0) {
                throw timedOut(future, timeoutMillis);
            }
        }
        try {
            return ThreadGate.await(result, Executor.NO_TIMEOUT);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object outputOf(Task task) {
        Object output = task.output();
        if (task.isAborted()) {
            throw AlException.error("the task was cancelled", null);
        }
        if (output instanceof Failure f) {
            throw asException(f.error());
        }
        return output;
    }

    @Override
    @TruffleBoundary
    public Object then(AlFuture future, Object[] arguments) {
        if (arguments.length == 0 || arguments.length > 2) {
            throw AlException.error("then takes one or two functions (onOk, onErr), got " + arguments.length + " arguments", null);
        }
        Object onOk = arguments[0];
        Object onErr = arguments.length > 1 ? arguments[1] : Nil.NIL;
        int entry = HostEntry.enter();
        if (entry == HostEntry.BUSY) {
            // Another thread runs the context: the callback runs on its executor.
            return HostEntry.handOver(() -> {
                Executor executor = AsyncLangContext.get(null).executor();
                executor.spawn("then", new Callback(taskOf(future, executor, "then"), onOk, onErr));
                return Nil.NIL;
            });
        }
        try {
            AsyncLangContext context = AsyncLangContext.get(null);
            Executor executor = context.executor();
            Task callback = executor.spawn("then", new Callback(taskOf(future, executor, "then"), onOk, onErr));
            if (executor.current() == null && !executor.isDriving()) {
                // Called from outside the executor (JavaScript's await, a Java thread): drive it.
                drive(context, callback, Executor.NO_TIMEOUT);
            }
            return Nil.NIL;
        } finally {
            if (entry == HostEntry.ENTERED) {
                HostEntry.exit();
            }
        }
    }

    @Override
    @TruffleBoundary
    public Future adapt(Object value) {
        if (HostValues.isAsynclangValue(value)) {
            return null;
        }
        Env env = AsyncLangContext.get(null).env();
        if (env.isHostObject(value) && env.asHostObject(value) instanceof CompletionStage<?> stage) {
            return new CompletionStageFuture(stage, v -> HostValues.fromHost(v == null || v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                            || v instanceof Double || v instanceof Float || v instanceof java.math.BigInteger || v instanceof Boolean || v instanceof Character ? v : env.asGuestValue(v)));
        }
        InteropLibrary interop = InteropLibrary.getUncached(value);
        if (interop.isMemberInvocable(value, "then")) {
            return new ThenableFuture(value);
        }
        return null;
    }

    /**
     * The task that runs each future a host took with get or then: one, however often they are
     * called. Kept here rather than in a field of every future, as few futures meet a host.
     */
    private static final Map<AlFuture, Task> HOST_TASKS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The task that runs {@code future} for the host: started by the first get or then. */
    private static Task taskOf(AlFuture future, Executor executor, String member) {
        Task task = HOST_TASKS.get(future);
        if (task == null) {
            if (executor.current() != null && "get".equals(member)) {
                throw AlException.error("get() would block the executor from inside a task; await the future instead", null);
            }
            if (!future.consume()) {
                throw AlException.error("future already awaited", null);
            }
            task = executor.spawnForHost(future.describe(), future);
            HOST_TASKS.put(future, task);
        } else if (executor.current() != null && "get".equals(member) && !task.isFinished()) {
            throw AlException.error("get() would block the executor from inside a task; await the future instead", null);
        }
        return task;
    }

    /** Drives the executor until {@code task} is done; false if the host's time ran out first. */
    private static boolean drive(AsyncLangContext context, Task task, long giveUpAt) {
        Executor executor = context.executor();
        if (task.isFinished()) {
            return true;
        }
        if (executor.isDriving()) {
            throw AlException.error("get() cannot wait here: the executor is already running on this thread; await the future instead", null);
        }
        try {
            return executor.runUntil(task, giveUpAt);
        } catch (Deadlock d) {
            executor.listener().note(null, "deadlock", "no task can make progress");
            throw AlException.error(TaskDump.deadlock(d).strip(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AlException.error("interrupted while waiting for a future", null);
        } finally {
            context.flush();
        }
    }

    private static RuntimeException asException(Object error) {
        if (error instanceof AbstractTruffleException e) {
            return e;
        }
        if (error instanceof AlError e) {
            return AlException.thrown(e, null, -1);
        }
        return AlException.error(String.valueOf(error), null);
    }

    /** Waits for the host's task, then hands its output (or error) to a thread waiting outside. */
    private static final class Reporter implements Future {
        private final Task source;
        private final CompletableFuture<Object> result;

        Reporter(Task source, CompletableFuture<Object> result) {
            this.source = source;
            this.result = result;
        }

        @Override
        public Object poll(Waker waker) {
            if (source.join(waker, new AlError("the task was cancelled")) == PENDING) {
                return PENDING;
            }
            try {
                result.complete(outputOf(source));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
            return Nil.NIL;
        }

        @Override
        public Failure cancel() {
            result.completeExceptionally(AlException.error("the context closed before the future was done", null));
            return null;
        }

        @Override
        public String describe() {
            return "get from another thread";
        }
    }

    /** Waits for the host's task, then calls {@code onOk(output)} or {@code onErr(error)}. */
    private static final class Callback implements Future {
        private final Task source;
        private final Object onOk;
        private final Object onErr;

        Callback(Task source, Object onOk, Object onErr) {
            this.source = source;
            this.onOk = onOk;
            this.onErr = onErr;
        }

        @Override
        public Object poll(Waker waker) {
            Object r = source.join(waker, new AlError("the task was cancelled"));
            if (r == PENDING) {
                return PENDING;
            }
            boolean failed = r instanceof Failure;
            Object callee = failed ? onErr : onOk;
            // onErr gets the error as the host catches it from a direct call (the exception
            // object: the thrown value's members, `message`, its message as its string form),
            // so JavaScript's catch sees the same after `await f()` as after `f()`.
            Object argument = failed ? ((Failure) r).error() : r;
            if (callee == Nil.NIL) {
                return Nil.NIL;
            }
            try {
                AsyncLangContext.get(null).flush(); // what the future printed comes before what its callback prints
                InteropLibrary.getUncached().execute(callee, argument);
            } catch (AbstractTruffleException e) {
                // Nobody awaits this task: its failure is reported as an unobserved one.
                return new Failure(AlException.error("a then callback failed: " + e.getMessage(), null));
            } catch (com.oracle.truffle.api.interop.InteropException e) {
                return new Failure(AlException.error("then: the callback cannot be called with one argument", null));
            }
            return Nil.NIL;
        }

        @Override
        public Failure cancel() {
            return null;
        }

        @Override
        public String describe() {
            return "then callback";
        }
    }
}
