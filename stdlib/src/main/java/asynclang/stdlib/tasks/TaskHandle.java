package asynclang.stdlib.tasks;

import com.oracle.truffle.api.interop.TruffleObject;

import asynclang.language.values.AlError;
import asynclang.language.values.Types;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.runtime.Waker;

/** What {@code spawn} returns: await it for the task's output; {@code abort()}, {@code is_finished()}, {@code id}. */
final class TaskHandle implements Future, TruffleObject, Types.Named {

    final Task task;
    private Waker joined;

    TaskHandle(Task task) {
        this.task = task;
    }

    @Override
    public Object poll(Waker waker) {
        Object r = task.join(waker, new AlError("task was aborted"));
        joined = r == PENDING ? waker : null;
        return r;
    }

    @Override
    public void cancel() {
        if (joined != null) {
            task.removeJoiner(joined);
            joined = null;
        }
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
