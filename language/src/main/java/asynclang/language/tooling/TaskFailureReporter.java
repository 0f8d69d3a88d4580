package asynclang.language.tooling;

import asynclang.language.AsyncLangContext;
import asynclang.language.errors.AlException;
import asynclang.language.errors.ErrorReport;
import asynclang.runtime.ExecutorListener;
import asynclang.runtime.Failure;
import asynclang.runtime.Task;

/**
 * A spawned task that fails while nobody awaits it would lose its error silently; this prints
 * it (as Tokio prints a panicking task) and lets the program go on.
 */
public final class TaskFailureReporter implements ExecutorListener {

    private final AsyncLangContext context;

    public TaskFailureReporter(AsyncLangContext context) {
        this.context = context;
    }

    @Override
    public void finished(Task task) {
        if (!task.isMain() && task.output() instanceof Failure f && !task.outputObserved() && f.error() instanceof AlException e) {
            String heading = "task " + task.id() + " (" + task.name() + ") failed: " + e.getMessage();
            context.printError(ErrorReport.uncaught(heading, e));
        }
    }
}
