package asynclang.runtime;

import java.util.ArrayList;

/**
 * A future the executor drives on its own: spawned, or the program's main task. It finishes
 * with an output, a failure, or aborted.
 */
public final class Task extends Waker {

    public enum State {
        /** In the ready queue. */
        SCHEDULED,
        /** Being polled. */
        RUNNING,
        /** Pending, waiting for a wake. */
        IDLE,
        DONE
    }

    final Executor executor;
    private final long id;
    private final String name;
    final Future future;

    State state = State.IDLE;
    boolean main;
    boolean wokenWhileRunning;
    boolean abortRequested;
    private boolean aborted;
    private Object output;
    private boolean outputObserved;
    String lastWakeCause;
    /** Who awaits the output; made at the first join (most tasks are never joined while running). */
    private ArrayList<Waker> joiners;
    /** Neighbours in the executor's list of live tasks, oldest first (see {@link Executor#liveTasks}). */
    Task olderLive;
    Task newerLive;
    /** What runs when the task ends, however it ends (releasing the locks it holds, say). */
    private ArrayList<Deferred> deferred;

    /** An action registered with {@link #defer}; {@link #cancel()} drops it (the lock was released early). */
    public static final class Deferred {
        private Runnable action;

        Deferred(Runnable action) {
            this.action = action;
        }

        public void cancel() {
            action = null;
        }
    }

    Task(Executor executor, long id, String name, Future future) {
        this.executor = executor;
        this.id = id;
        this.name = name;
        this.future = future;
    }

    public Executor executor() {
        return executor;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Whether this is the task {@link Executor#blockOn} runs. */
    public boolean isMain() {
        return main;
    }

    /** The waker that schedules this task. */
    public Waker waker() {
        return this;
    }

    public Future future() {
        return future;
    }

    public State state() {
        return state;
    }

    public boolean isFinished() {
        return state == State.DONE;
    }

    public boolean isAborted() {
        return aborted;
    }

    /** The output, or a {@link Failure}; null while running. */
    public Object output() {
        return output;
    }

    /** Whether anyone awaited the output (an unobserved failure gets reported). */
    public boolean outputObserved() {
        return outputObserved;
    }

    /**
     * The output for a joiner: Pending (registering {@code w}) until the task is done. Aborted
     * tasks answer {@code abortedError}.
     */
    public Object join(Waker w, Object abortedError) {
        if (state != State.DONE) {
            if (joiners == null) {
                joiners = new ArrayList<>(1);
            }
            if (!joiners.contains(w)) {
                joiners.add(w);
            }
            return Future.PENDING;
        }
        outputObserved = true;
        return aborted ? new Failure(abortedError) : output;
    }

    public void removeJoiner(Waker w) {
        if (joiners != null) {
            joiners.remove(w);
        }
    }

    /** Requests cancellation; it happens when the executor next gets to the task. */
    public void abort() {
        if (state != State.DONE && !abortRequested) {
            abortRequested = true;
            executor.wake(this, "abort");
        }
    }

    /**
     * Runs {@code action} when this task ends, whether it returns, fails or is cancelled (as
     * Rust drops what a task owns). Used for lock guards, which a task that ends must release.
     */
    public Deferred defer(Runnable action) {
        if (deferred == null) {
            deferred = new ArrayList<>(2);
        } else if (deferred.size() >= 16) {
            deferred.removeIf(d -> d.action == null);
        }
        Deferred d = new Deferred(action);
        deferred.add(d);
        return d;
    }

    /**
     * Records the outcome, runs what was deferred, tells {@code listener} (that it finished, or
     * was cancelled if {@code wasAborted}), then wakes the joiners.
     */
    void finish(Object result, boolean wasAborted, ExecutorListener listener) {
        if (deferred != null) {
            for (int i = deferred.size() - 1; i >= 0; i--) {
                Runnable action = deferred.get(i).action;
                if (action != null) {
                    action.run();
                }
            }
            deferred = null;
        }
        state = State.DONE;
        output = result;
        aborted = wasAborted;
        if (joiners != null && !joiners.isEmpty()) {
            outputObserved = true;
        }
        if (wasAborted) {
            listener.cancelled(this);
        } else {
            listener.finished(this);
        }
        if (joiners != null) {
            for (Waker w : joiners) {
                w.wake("task " + id);
            }
            joiners = null;
        }
    }

    @Override
    public String toString() {
        return "task " + id + " (" + name + ")";
    }
}
