package asynclang.language.tooling;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.Coroutine;
import asynclang.language.errors.AlException;
import asynclang.language.errors.ErrorReport;
import asynclang.runtime.ExecutorListener;
import asynclang.runtime.Failure;
import asynclang.runtime.Task;

/**
 * A spawned task that fails while nobody awaits it would lose its error silently; this prints
 * it (as Tokio prints a panicking task) and lets the program go on. So does a task whose
 * finally block fails while it is cancelled.
 */
public final class TaskFailureReporter implements ExecutorListener {

    private final AsyncLangContext context;

    public TaskFailureReporter(AsyncLangContext context) {
        this.context = context;
    }

    /** A task cancelled (aborted, or left when main ended) whose finally block threw: Tokio prints such a panic too. */
    @Override
    public void cancelled(Task task) {
        if (!task.isMain() && task.future() instanceof Coroutine c && c.failedWhileCancelled() instanceof AlException e) {
            String heading = "task " + task.id() + " (" + task.name() + ") failed while cancelled: " + e.getMessage();
            context.printError(ErrorReport.uncaught(heading, e));
        }
    }

    @Override
    public void finished(Task task) {
        if (!task.isMain() && task.output() instanceof Failure f && !task.outputObserved() && f.error() instanceof AlException e) {
            String heading = "task " + task.id() + " (" + task.name() + ") failed: " + e.getMessage();
            context.printError(ErrorReport.uncaught(heading, e));
        }
    }
}
