package asynclang.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A single-threaded ("current_thread") event loop: a FIFO ready queue of tasks, a timer heap,
 * and a {@link Driver} that waits when nothing is ready. Tasks interleave only where their
 * futures return Pending. Wakes from other threads go through a concurrent queue and unpark the
 * driver.
 * <p>
 * The executor outlives any one {@link #runUntil run}: tasks spawned while driving one future
 * stay scheduled and make progress whenever the executor is driven again, until
 * {@link #shutdown()}.
 */
public final class Executor {

    private final Driver driver;
    private final Clock clock;
    private final TimerQueue timers = new TimerQueue();
    private final ArrayDeque<Task> ready = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<Task> remoteWakes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Runnable> remoteCalls = new ConcurrentLinkedQueue<>();
    /**
     * Tasks spawned and not finished, oldest first, linked through the tasks themselves: a map
     * entry and a boxed id would cost ~70 bytes per task, a tenth of a pending task's memory.
     */
    private Task oldestLive;
    private Task newestLive;
    private final AtomicInteger externalSources = new AtomicInteger();
    private volatile Thread loopThread;
    private long nextId = 1;
    private Task current;
    private ExecutorListener listener = ExecutorListener.NONE;

    public Executor(Driver driver) {
        this.driver = driver;
        this.clock = driver.clock();
    }

    public void setListener(ExecutorListener listener) {
        this.listener = listener;
    }

    public ExecutorListener listener() {
        return listener;
    }

    public Driver driver() {
        return driver;
    }

    public Clock clock() {
        return clock;
    }

    public long now() {
        return clock.nanoTime();
    }

    public TimerQueue timers() {
        return timers;
    }

    /** The task being polled, or null outside a poll. */
    public Task current() {
        return current;
    }

    /** Whether the calling thread is driving this executor right now. */
    public boolean isDriving() {
        return loopThread == Thread.currentThread();
    }

    public List<Task> liveTasks() {
        List<Task> tasks = new ArrayList<>();
        for (Task t = oldestLive; t != null; t = t.newerLive) {
            tasks.add(t);
        }
        return tasks;
    }

    /**
     * Something off the loop thread (a host future, a blocking file operation) that will wake a
     * task later; while any is registered, an idle executor waits instead of reporting a
     * deadlock.
     */
    public void addExternalSource() {
        externalSources.incrementAndGet();
    }

    public void removeExternalSource() {
        externalSources.decrementAndGet();
        driver.unpark();
    }

    /**
     * Runs {@code call} on the thread driving the loop, at its next turn; safe from any thread.
     * How another thread hands this executor work (a host thread calling a script function
     * while a script runs).
     */
    public void submit(Runnable call) {
        remoteCalls.add(call);
        driver.unpark();
    }

    /** Schedules {@code future} as a new task; it first runs at the next scheduling point. */
    public Task spawn(String name, Future future) {
        Task task = new Task(this, nextId++, name, future);
        if (newestLive == null) {
            oldestLive = task;
        } else {
            newestLive.newerLive = task;
            task.olderLive = newestLive;
        }
        newestLive = task;
        listener.spawned(task);
        task.state(Task.State.SCHEDULED);
        ready.add(task);
        return task;
    }

    /**
     * Schedules {@code future} as a task whose output the host takes (a Future's {@code get} or
     * {@code then}): like the main task, its failure is its taker's, not reported as unobserved.
     */
    public Task spawnForHost(String name, Future future) {
        Task task = spawn(name, future);
        task.set(Task.MAIN, true);
        return task;
    }

    /**
     * Runs {@code future} as a main task until it finishes, driving every other task meanwhile;
     * returns the task. Throws {@link Deadlock} if everything stalls.
     */
    public Task blockOn(String name, Future future) throws InterruptedException {
        return blockOn(name, future, stopped -> false);
    }

    /**
     * The same; when the thread is stopped from outside by an exception that {@code endsMain}
     * accepts (a host's interrupt, Ctrl-C in a REPL, after which the executor goes on being
     * used), the main task is cancelled on the way out, so its pending finally blocks run. Other
     * stops (a closing context) run no more code, and a deadlock is the caller's to report.
     */
    public Task blockOn(String name, Future future, java.util.function.Predicate<Throwable> endsMain) throws InterruptedException {
        Task main = spawn(name, future);
        main.set(Task.MAIN, true);
        try {
            runUntil(main);
        } catch (RuntimeException | Error e) {
            if (endsMain.test(e)) {
                cancelQuietly(main);
            }
            throw e;
        }
        return main;
    }

    private void cancelQuietly(Task task) {
        try {
            cancelNow(task);
        } catch (RuntimeException | Error again) {
            // Stopped again while the finally blocks ran: the first stop is what is reported.
        }
    }

    /**
     * Drives every task until {@code task} is finished. Throws {@link Deadlock} when no task can
     * make progress and nothing can wake one; {@link InterruptedException} when the thread is
     * interrupted while waiting (the executor stays usable: call again to go on).
     */
    public void runUntil(Task task) throws InterruptedException {
        runUntil(task, NO_TIMEOUT);
    }

    /** No limit for {@link #runUntil(Task, long)}. */
    public static final long NO_TIMEOUT = Long.MAX_VALUE;

    /**
     * The same, giving up when {@link System#nanoTime()} reaches {@code giveUpAt} (a host's
     * timeout, in real time whatever the clock), after at least one pass over the ready tasks;
     * returns whether the task finished.
     */
    public boolean runUntil(Task task, long giveUpAt) throws InterruptedException {
        Thread previous = loopThread;
        loopThread = Thread.currentThread();
        try {
            // One pass always runs, so a timeout of 0 still collects what is done or ready now
            // (CompletableFuture.get(0, ms) returns a completed value too).
            boolean first = true;
            while (!task.isFinished()) {
                if (!first && giveUpAt != NO_TIMEOUT && System.nanoTime() - giveUpAt >= 0) {
                    return false;
                }
                first = false;
                drainRemoteWakes();
                int batch = ready.size();
                for (int i = 0; i < batch && !task.isFinished(); i++) {
                    run(ready.poll());
                }
                if (task.isFinished()) {
                    break;
                }
                // The clock is read only when a timer is pending: on some machines a read is a system call.
                if (!timers.isEmpty() && timers.fireDue(clock.nanoTime()) > 0 || !ready.isEmpty()) {
                    continue;
                }
                // External sources are counted before the last drain: a source wakes its task
                // before it stops counting, so a wake is either drained here or still counted.
                // (Counted after the drain, a source that woke and stopped in between looked like
                // a deadlock.)
                boolean offThread = externalSources.get() > 0;
                boolean external = offThread || driver.hasIoInterest();
                drainRemoteWakes();
                if (!ready.isEmpty()) {
                    continue;
                }
                long next = timers.isEmpty() ? Driver.NO_DEADLINE : timers.nextDeadline();
                if (next == Driver.NO_DEADLINE && !external) {
                    throw new Deadlock(liveTasks());
                }
                listener.idle();
                if (giveUpAt != NO_TIMEOUT && !clock.isVirtual()) {
                    // Wake for the host's timeout too, converted to the clock's time.
                    long limit = clock.nanoTime() + Math.max(0, giveUpAt - System.nanoTime());
                    next = next == Driver.NO_DEADLINE ? limit : Math.min(next, limit);
                }
                driver.park(next, offThread);
            }
            return true;
        } finally {
            loopThread = previous;
        }
    }

    /**
     * The host is inside the context again (an evaluation, a call): the tasks that are ready
     * now, or whose timers are due, are polled once each before the host's own code runs, so
     * spawned tasks keep running whenever the host comes back, not only when it waits
     * (LANGUAGE.md 8). One pass, so a task that is always ready cannot hold the host up; a
     * no-op while the executor is already running (a host called back from a script).
     */
    public void catchUp() {
        if (loopThread != null) {
            return;
        }
        // As the loop thread, so that the timers' wakes go straight to the ready queue.
        loopThread = Thread.currentThread();
        try {
            drainRemoteWakes();
            if (!timers.isEmpty()) {
                timers.fireDue(clock.nanoTime());
            }
            int batch = ready.size();
            for (int i = 0; i < batch; i++) {
                run(ready.poll());
            }
        } finally {
            loopThread = null;
        }
    }

    /** Cancels every task still alive (the main task has ended: Tokio drops the rest). */
    public void shutdown() {
        for (Task t : liveTasks()) {
            cancelNow(t);
        }
    }

    /** Cancels {@code task} at once (its pending finally blocks run), if it is still alive. */
    public void cancelNow(Task task) {
        if (task.isFinished()) {
            return;
        }
        Task saved = current;
        current = task;
        try {
            task.future.cancel();
        } finally {
            current = saved;
        }
        end(task, null, true);
    }

    /** A task is done (finished, or cancelled if {@code aborted}): out of the live list, then told. */
    private void end(Task task, Object result, boolean aborted) {
        unlinkLive(task);
        task.finish(result, aborted, listener);
    }

    /** Takes {@code task} out of the live list; a task not in it is left alone. */
    private void unlinkLive(Task task) {
        if (task.olderLive == null && oldestLive != task) {
            return;
        }
        if (task.olderLive == null) {
            oldestLive = task.newerLive;
        } else {
            task.olderLive.newerLive = task.newerLive;
        }
        if (task.newerLive == null) {
            newestLive = task.olderLive;
        } else {
            task.newerLive.olderLive = task.olderLive;
        }
        task.olderLive = null;
        task.newerLive = null;
    }

    private void run(Task task) {
        if (task.state() != Task.State.SCHEDULED) {
            return;
        }
        if (task.is(Task.ABORT_REQUESTED)) {
            cancelNow(task);
            return;
        }
        task.state(Task.State.RUNNING);
        task.set(Task.WOKEN_WHILE_RUNNING, false);
        current = task;
        listener.polling(task);
        Object result;
        try {
            result = task.future.poll(task);
        } catch (RuntimeException | Error e) {
            // The future broke its contract (errors are outputs, not exceptions): the task
            // cannot go on, and must not stay RUNNING. Finish it, then let the caller know.
            end(task, new Failure(e), false);
            throw e;
        } finally {
            current = null;
        }
        if (result == Future.PENDING) {
            task.state(Task.State.IDLE);
            listener.pending(task);
            if (task.is(Task.WOKEN_WHILE_RUNNING) || task.is(Task.ABORT_REQUESTED)) {
                schedule(task, task.lastWakeCause);
            }
        } else {
            end(task, result, false);
        }
    }

    void wake(Task task, String cause) {
        Thread loop = loopThread;
        // Only the thread driving the loop touches the ready queue; a wake from any other
        // thread (a host thread completing a future, or the context's thread between two
        // runs) is queued and taken in when the loop next runs.
        if (Thread.currentThread() != loop) {
            task.lastWakeCause = cause;
            remoteWakes.add(task);
            driver.unpark();
            return;
        }
        schedule(task, cause);
    }

    private void schedule(Task task, String cause) {
        switch (task.state()) {
            case IDLE -> {
                task.state(Task.State.SCHEDULED);
                task.lastWakeCause = cause;
                listener.woken(task, cause);
                ready.add(task);
            }
            case RUNNING -> {
                task.set(Task.WOKEN_WHILE_RUNNING, true);
                task.lastWakeCause = cause;
            }
            case SCHEDULED, DONE -> {
            }
        }
    }

    private void drainRemoteWakes() {
        Runnable call;
        while ((call = remoteCalls.poll()) != null) {
            call.run();
        }
        Task t;
        while ((t = remoteWakes.poll()) != null) {
            schedule(t, t.lastWakeCause);
        }
    }
}
