package asynclang.runtime.io;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * Work that blocks (reading a file, waiting for a child process) runs on its own virtual
 * thread off the executor, like {@code tokio::task::spawn_blocking}; the future completes
 * through the thread-safe wake path. While it runs it is an external source, so an executor
 * with nothing else to do waits for it instead of reporting a deadlock. Nothing is submitted
 * until the future is first polled, and that first poll is always pending.
 */
public final class Blocking implements Future {

    /**
     * A virtual thread per piece of work: never a refusal, however many are in flight (a
     * bounded pool refused the 65th child or file read, and the script died of it). While one
     * blocks in a read or a wait, the JDK lends its scheduler another carrier thread, up to 256;
     * past that, work waits its turn, as Tokio queues past its 512 blocking threads. Virtual
     * threads never keep the JVM alive.
     */
    private static final ExecutorService POOL = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("asynclang-blocking-", 1).factory());

    /** Runs {@code work} off the executor's thread (for a source that wakes its own waiters). */
    public static void offload(Runnable work) {
        POOL.execute(work);
    }

    private final Executor executor;
    private final Callable<Object> work;
    private final Function<Throwable, Object> error;
    private final String description;
    private final String cause;
    private boolean submitted;
    // Whether the executor still counts this work as a source of wakes: until it is done, or
    // until it is cancelled (nobody will be woken by it then), whichever comes first.
    private final AtomicBoolean counted = new AtomicBoolean();
    private volatile boolean done;
    private volatile Object output;
    private volatile Waker waker;
    private Runnable onCancel;

    /**
     * @param work what to do off the executor; its result is the output
     * @param error turns an exception of {@code work} into the language's error value
     * @param description what the future waits for, for task dumps ({@code read of x.txt})
     * @param cause what the trace says woke the task ({@code file read done})
     */
    public Blocking(Executor executor, Callable<Object> work, Function<Throwable, Object> error, String description, String cause) {
        this.executor = executor;
        this.work = work;
        this.error = error;
        this.description = description;
        this.cause = cause;
    }

    @Override
    public Object poll(Waker w) {
        if (done) {
            if (output instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return output;
        }
        waker = w;
        if (!submitted) {
            submitted = true;
            counted.set(true);
            executor.addExternalSource();
            POOL.execute(this::run);
        }
        // Even if the pool was quick, the first poll suspends: the task always yields to others
        // while file work is in flight, whatever the timing (the waker brings it back at once).
        return PENDING;
    }

    private void run() {
        Object result;
        try {
            result = work.call();
        } catch (VirtualMachineError e) {
            // Out of memory (a huge file, a child's endless output): not the operation's error
            // but the program's, raised on the executor's thread as if the work had run there.
            result = e;
        } catch (Throwable t) {
            result = new Failure(error.apply(t));
        }
        output = result;
        done = true;
        Waker w = waker;
        if (w != null) {
            w.wake(cause);
        }
        uncount();
    }

    private void uncount() {
        if (counted.compareAndSet(true, false)) {
            executor.removeExternalSource();
        }
    }

    /**
     * Dropped before it finished: the work goes on (a read cannot be taken back), its result is
     * dropped, and {@code onCancel}, if given, stops what can be stopped (a child process). The
     * executor stops counting it at once: work whose result nobody waits for, however long it
     * still takes (a killed child's grandchild holding its output open), hides no deadlock.
     */
    @Override
    public Failure cancel() {
        if (onCancel != null && submitted && !done) {
            onCancel.run();
        }
        uncount();
        return null;
    }

    /** What a cancel does besides dropping the result (see {@link #cancel}); returns this. */
    public Blocking onCancel(Runnable action) {
        this.onCancel = action;
        return this;
    }

    @Override
    public String describe() {
        return description;
    }
}
