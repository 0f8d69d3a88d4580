package asynclang.language.async;

import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.builtins.Fields;
import asynclang.language.builtins.Methods;
import asynclang.language.values.AlError;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.runtime.Waker;

/** What {@code spawn} returns: await it for the task's output; {@code abort()}, {@code is_finished()}, {@code id}. */
public final class TaskHandle implements Future, TruffleObject, Types.Named, Methods.HasMethods, Fields.HasFields {

    private final Task task;
    private Waker joined;

    public TaskHandle(Task task) {
        this.task = task;
    }

    public Task task() {
        return task;
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
    public Object invokeMethod(String name, Object[] args, Node node, int bci) {
        switch (name) {
            case "abort":
                AsyncArgs.arity(name, args, 0, node, bci);
                task.abort();
                return Nil.NIL;
            case "is_finished":
                AsyncArgs.arity(name, args, 0, node, bci);
                return task.isFinished();
            default:
                return null;
        }
    }

    @Override
    public Object readField(String name) {
        return name.equals("id") ? (Object) task.id() : null;
    }

    @Override
    public String toString() {
        return "<task " + task.id() + ">";
    }
}
