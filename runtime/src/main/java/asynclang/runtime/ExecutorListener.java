package asynclang.runtime;

/** Receives the executor's events, for tracing and tooling; every method defaults to nothing. */
public interface ExecutorListener {

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
