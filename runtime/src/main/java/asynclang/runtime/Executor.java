package asynclang.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A single-threaded ("current_thread") event loop: a FIFO ready queue of tasks, a timer heap and
 * a clock. Tasks interleave only where their futures return Pending. Wakes from other threads go
 * through a concurrent queue and unpark the loop.
 */
public final class Executor {

    private final Clock clock;
    private final TimerQueue timers = new TimerQueue();
    private final ArrayDeque<Task> ready = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<Task> remoteWakes = new ConcurrentLinkedQueue<>();
    private final Map<Long, Task> live = new LinkedHashMap<>();
    private final AtomicInteger externalSources = new AtomicInteger();
    private volatile Thread loopThread;
    private long nextId = 1;
    private Task current;
    private ExecutorListener listener = new ExecutorListener() {
    };

    public Executor(Clock clock) {
        this.clock = clock;
    }

    public void setListener(ExecutorListener listener) {
        this.listener = listener;
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

    public List<Task> liveTasks() {
        return new ArrayList<>(live.values());
    }

    /**
     * Something outside the executor (a host future, a socket) that will wake a task later;
     * while any is registered, an idle executor waits instead of reporting a deadlock.
     */
    public void addExternalSource() {
        externalSources.incrementAndGet();
    }

    public void removeExternalSource() {
        externalSources.decrementAndGet();
        unparkLoop();
    }

    /** Schedules {@code future} as a new task; it first runs at the next scheduling point. */
    public Task spawn(String name, Future future) {
        Task task = new Task(this, nextId++, name, future);
        live.put(task.id(), task);
        listener.spawned(task);
        task.state = Task.State.SCHEDULED;
        ready.add(task);
        return task;
    }

    /**
     * Runs {@code future} as the main task until it finishes, driving every other task
     * meanwhile; returns the main task. Throws {@link Deadlock} if everything stalls.
     */
    public Task blockOn(String name, Future future) {
        Thread previous = loopThread;
        loopThread = Thread.currentThread();
        try {
            Task main = spawn(name, future);
            main.main = true;
            while (!main.isFinished()) {
                drainRemoteWakes();
                int batch = ready.size();
                for (int i = 0; i < batch && !main.isFinished(); i++) {
                    run(ready.poll());
                }
                if (main.isFinished()) {
                    break;
                }
                if (timers.fireDue(clock.nanoTime()) > 0 || !ready.isEmpty()) {
                    continue;
                }
                drainRemoteWakes();
                if (!ready.isEmpty()) {
                    continue;
                }
                long next = timers.nextDeadline();
                if (next != Long.MAX_VALUE) {
                    if (clock instanceof VirtualClock v) {
                        v.advanceTo(next);
                    } else {
                        long wait = next - clock.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(this, wait);
                        }
                    }
                } else if (externalSources.get() > 0) {
                    LockSupport.parkNanos(this, 50_000_000L);
                } else {
                    throw new Deadlock(liveTasks());
                }
            }
            return main;
        } finally {
            loopThread = previous;
        }
    }

    /** Cancels every task still alive (the main task has ended: Tokio drops the rest). */
    public void shutdown() {
        for (Task t : liveTasks()) {
            cancel(t);
        }
    }

    private void cancel(Task task) {
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
        live.remove(task.id());
        task.finish(null, true, () -> listener.cancelled(task));
    }

    private void run(Task task) {
        if (task.state != Task.State.SCHEDULED) {
            return;
        }
        if (task.abortRequested) {
            cancel(task);
            return;
        }
        task.state = Task.State.RUNNING;
        task.wokenWhileRunning = false;
        current = task;
        listener.polling(task);
        Object result;
        try {
            result = task.future.poll(task.waker);
        } finally {
            current = null;
        }
        if (result == Future.PENDING) {
            task.state = Task.State.IDLE;
            listener.pending(task);
            if (task.wokenWhileRunning || task.abortRequested) {
                schedule(task, task.lastWakeCause);
            }
        } else {
            live.remove(task.id());
            task.finish(result, false, () -> listener.finished(task));
        }
    }

    void wake(Task task, String cause) {
        if (Thread.currentThread() != loopThread && loopThread != null) {
            task.lastWakeCause = cause;
            remoteWakes.add(task);
            unparkLoop();
            return;
        }
        schedule(task, cause);
    }

    private void schedule(Task task, String cause) {
        switch (task.state) {
            case IDLE -> {
                task.state = Task.State.SCHEDULED;
                task.lastWakeCause = cause;
                listener.woken(task, cause);
                ready.add(task);
            }
            case RUNNING -> {
                task.wokenWhileRunning = true;
                task.lastWakeCause = cause;
            }
            case SCHEDULED, DONE -> {
            }
        }
    }

    private void drainRemoteWakes() {
        Task t;
        while ((t = remoteWakes.poll()) != null) {
            schedule(t, t.lastWakeCause);
        }
    }

    private void unparkLoop() {
        Thread t = loopThread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
