package asynclang.language.tooling;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.Coroutine;
import asynclang.language.errors.ErrorReport;
import asynclang.language.values.AlDuration;
import asynclang.runtime.ExecutorListener;
import asynclang.runtime.Task;

/**
 * {@code --warn-blocking=D}: a task that runs longer than D in one poll keeps every other task
 * waiting (the executor is not preemptive). Measured in real time even under virtual time.
 */
public final class BlockingDetector implements ExecutorListener {

    private final AsyncLangContext context;
    private final long limitNanos;
    private long pollStart;
    private String resumedFrom;

    public BlockingDetector(AsyncLangContext context, long limitNanos) {
        this.context = context;
        this.limitNanos = limitNanos;
    }

    @Override
    public void polling(Task task) {
        resumedFrom = null;
        if (task.future() instanceof Coroutine c && c.suspendedAt() != null) {
            resumedFrom = ErrorReport.position(c.suspendedAt());
        }
        pollStart = System.nanoTime();
    }

    @Override
    public void pending(Task task) {
        check(task);
    }

    @Override
    public void finished(Task task) {
        check(task);
    }

    private void check(Task task) {
        long took = System.nanoTime() - pollStart;
        if (took > limitNanos) {
            String where = resumedFrom == null ? "from its start" : "after resuming at " + resumedFrom;
            context.printError("warning: task " + task.id() + " (" + task.name() + ") blocked the executor for "
                            + new AlDuration(took / 1_000_000 * 1_000_000) + " in one poll, " + where
                            + "; no other task could run meanwhile (move long CPU work out of async code, or yield_now().await in it)\n");
        }
    }
}
