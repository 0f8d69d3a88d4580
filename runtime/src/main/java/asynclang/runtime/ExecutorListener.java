package asynclang.runtime;

/** Receives the executor's events, for tracing and tooling; every method defaults to nothing. */
public interface ExecutorListener {

    /** Hears nothing: the executor's listener when no tool is attached. */
    ExecutorListener NONE = new ExecutorListener() {
    };

    /** One listener for {@code listeners}: none, the only one, or each in turn. */
    static ExecutorListener of(java.util.List<ExecutorListener> listeners) {
        return switch (listeners.size()) {
            case 0 -> NONE;
            case 1 -> listeners.get(0);
            default -> new FanoutListener(listeners.toArray(new ExecutorListener[0]));
        };
    }

    default void spawned(Task task) {
    }

    default void polling(Task task) {
    }

    default void pending(Task task) {
    }

    default void woken(Task task, String cause) {
    }

    default void finished(Task task) {
    }

    default void cancelled(Task task) {
    }

    /** Something a future wants the trace to show ({@code poll_fn} returned Pending, ...). */
    default void note(Task task, String kind, String detail) {
    }

    /** No task is ready: the executor is about to wait for a timer, I/O or another thread. */
    default void idle() {
    }
}
