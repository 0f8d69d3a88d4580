package asynclang.stdlib.tasks;

import asynclang.language.async.AlFuture;
import asynclang.language.values.AlError;
import asynclang.runtime.Failure;
import asynclang.runtime.Task;
import asynclang.runtime.Waker;

/** What {@code spawn} returns: await it for the task's output; {@code abort()}, {@code is_finished()}, {@code id}. */
final class TaskHandle extends AlFuture {

    final Task task;
    private Waker joined;

    TaskHandle(Task task) {
        this.task = task;
    }

    /** A task can be joined any number of times. */
    @Override
    public boolean consume() {
        return true;
    }

    @Override
    public boolean isConsumed() {
        return false;
    }

    @Override
    public Object poll(Waker waker) {
        Object r = task.join(waker, new AlError("task was aborted"));
        joined = r == PENDING ? waker : null;
        return r;
    }

    @Override
    public Failure cancel() {
        if (joined != null) {
            task.removeJoiner(joined);
            joined = null;
        }
        return null;
    }

    @Override
    public String describe() {
        return "task " + task.id() + " (" + task.name() + ")";
    }

    @Override
    public String typeName() {
        return "task";
    }

    @Override
    public String toString() {
        return "<task " + task.id() + ">";
    }
}
