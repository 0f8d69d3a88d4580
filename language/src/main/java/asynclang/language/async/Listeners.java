package asynclang.language.async;

import java.util.List;

import asynclang.runtime.ExecutorListener;
import asynclang.runtime.Task;

/** Several executor listeners as one. */
public record Listeners(List<ExecutorListener> all) implements ExecutorListener {

    @Override
    public void spawned(Task task) {
        all.forEach(l -> l.spawned(task));
    }

    @Override
    public void polling(Task task) {
        all.forEach(l -> l.polling(task));
    }

    @Override
    public void pending(Task task) {
        all.forEach(l -> l.pending(task));
    }

    @Override
    public void woken(Task task, String cause) {
        all.forEach(l -> l.woken(task, cause));
    }

    @Override
    public void finished(Task task) {
        all.forEach(l -> l.finished(task));
    }

    @Override
    public void cancelled(Task task) {
        all.forEach(l -> l.cancelled(task));
    }
}
