package asynclang.runtime;

/** Receives the executor's events, for tracing; every method defaults to nothing. */
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
}
