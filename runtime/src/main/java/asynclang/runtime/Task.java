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
    /** Dropped when the task is done: a handle kept to a finished task keeps only its output. */
    Future future;

    /*
     * The state (two bits) and the flags below, in one byte: a server holds a task per
     * connection, and a pending task's size is what its memory grows with (bench/pending).
     */
    private byte bits = (byte) State.IDLE.ordinal();
    private static final int STATE_BITS = 0b11;
    private static final State[] STATES = State.values();
    /** The task {@link Executor#blockOn} runs, or one whose output a host takes. */
    static final int MAIN = 1 << 2;
    static final int WOKEN_WHILE_RUNNING = 1 << 3;
    static final int ABORT_REQUESTED = 1 << 4;
    private static final int ABORTED = 1 << 5;
    private static final int OUTPUT_OBSERVED = 1 << 6;

    private Object output;
    String lastWakeCause;
    /** Who awaits the output: null, one Waker (the usual case: no list for it), or an ArrayList of them. */
    private Object joiners;
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
        return is(MAIN);
    }

    boolean is(int flag) {
        return (bits & flag) != 0;
    }

    void set(int flag, boolean on) {
        bits = (byte) (on ? bits | flag : bits & ~flag);
    }

    void state(State state) {
        bits = (byte) ((bits & ~STATE_BITS) | state.ordinal());
    }

    /** The waker that schedules this task. */
    public Waker waker() {
        return this;
    }

    /** What the task polls; null once it is done. */
    public Future future() {
        return future;
    }

    public State state() {
        return STATES[bits & STATE_BITS];
    }

    public boolean isFinished() {
        return state() == State.DONE;
    }

    public boolean isAborted() {
        return is(ABORTED);
    }

    /** The output, or a {@link Failure}; null while running. */
    public Object output() {
        return output;
    }

    /** Whether anyone awaited the output (an unobserved failure gets reported). */
    public boolean outputObserved() {
        return is(OUTPUT_OBSERVED);
    }

    /**
     * The output for a joiner: Pending (registering {@code w}) until the task is done. Aborted
     * tasks answer {@code abortedError}.
     */
    public Object join(Waker w, Object abortedError) {
        if (!isFinished()) {
            if (joiners == null) {
                joiners = w;
            } else if (joiners instanceof Waker one) {
                if (one != w) {
                    ArrayList<Waker> many = new ArrayList<>(2);
                    many.add(one);
                    many.add(w);
                    joiners = many;
                }
            } else if (!joinerList().contains(w)) {
                joinerList().add(w);
            }
            return Future.PENDING;
        }
        set(OUTPUT_OBSERVED, true);
        return isAborted() ? new Failure(abortedError) : output;
    }

    public void removeJoiner(Waker w) {
        if (joiners == w) {
            joiners = null;
        } else if (joiners instanceof ArrayList<?>) {
            joinerList().remove(w);
        }
    }

    @SuppressWarnings("unchecked")
    private ArrayList<Waker> joinerList() {
        return (ArrayList<Waker>) joiners;
    }

    /** Requests cancellation; it happens when the executor next gets to the task. */
    public void abort() {
        if (!isFinished() && !is(ABORT_REQUESTED)) {
            set(ABORT_REQUESTED, true);
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
        state(State.DONE);
        output = result;
        set(ABORTED, wasAborted);
        if (joiners instanceof Waker || (joiners != null && !joinerList().isEmpty())) {
            set(OUTPUT_OBSERVED, true);
        }
        if (wasAborted) {
            listener.cancelled(this);
        } else {
            listener.finished(this);
        }
        if (joiners instanceof Waker one) {
            one.wake("task " + id);
        } else if (joiners != null) {
            for (Waker w : joinerList()) {
                w.wake("task " + id);
            }
        }
        joiners = null;
        future = null;
    }

    @Override
    public String toString() {
        return "task " + id + " (" + name + ")";
    }
}
