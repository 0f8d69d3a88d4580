package asynclang.runtime;

/**
 * Schedules its task for another poll. Waking a task that is already scheduled does nothing;
 * waking from another thread is safe (the event loop is unparked).
 */
public final class Waker {

    private final Task task;

    Waker(Task task) {
        this.task = task;
    }

    public void wake() {
        task.executor.wake(task, null);
    }

    /** Wakes and records why, for the executor's trace ("timer", "channel", "task 3", ...). */
    public void wake(String cause) {
        task.executor.wake(task, cause);
    }

    public Task task() {
        return task;
    }
}
