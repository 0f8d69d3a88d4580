package asynclang.runtime;

/**
 * Schedules its task for another poll. Waking a task that is already scheduled does nothing;
 * waking from another thread is safe (the event loop is unparked).
 * <p>
 * The only waker is the task itself ({@link Task} extends this class), as a Tokio waker is a
 * pointer to its task: a pending task holds no separate waker object.
 */
public abstract sealed class Waker permits Task {

    Waker() {
    }

    public final void wake() {
        Task task = task();
        task.executor.wake(task, null);
    }

    /** Wakes and records why, for the executor's trace ("timer", "channel", "task 3", ...). */
    public final void wake(String cause) {
        Task task = task();
        task.executor.wake(task, cause);
    }

    public final Task task() {
        return (Task) this;
    }
}
