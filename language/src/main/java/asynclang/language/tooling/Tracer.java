package asynclang.language.tooling;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.Coroutine;
import asynclang.language.errors.ErrorReport;
import asynclang.runtime.Executor;
import asynclang.runtime.ExecutorListener;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Task;

/**
 * {@code --trace[=FILTER]}: one line per executor event on stderr, stamped with the executor's
 * clock (virtual under {@code --virtual-time}, so traces are deterministic). FILTER is a comma
 * separated list of event kinds ({@code spawn poll pending wake ready cancel deadlock poll_fn})
 * and tasks (ids or names); an event is shown if it matches both the kinds and the tasks given.
 */
public final class Tracer implements ExecutorListener {

    static final Set<String> KINDS = Set.of("spawn", "poll", "pending", "wake", "ready", "cancel", "deadlock", "poll_fn");

    private final AsyncLangContext context;
    private final Executor executor;
    private final Set<String> kinds = new HashSet<>();
    private final Set<String> tasks = new HashSet<>();

    public Tracer(AsyncLangContext context, Executor executor, String filter) {
        this.context = context;
        this.executor = executor;
        if (!filter.equals("all")) {
            for (String token : filter.split(",")) {
                String t = token.strip();
                if (t.isEmpty()) {
                    continue;
                }
                (KINDS.contains(t) ? kinds : tasks).add(t.startsWith("task") ? t.substring(4).strip() : t);
            }
        }
    }

    @TruffleBoundary
    void event(String kind, Task task, String detail) {
        if (!kinds.isEmpty() && !kinds.contains(kind)) {
            return;
        }
        if (!tasks.isEmpty() && (task == null || !(tasks.contains(String.valueOf(task.id())) || tasks.contains(task.name())))) {
            return;
        }
        double seconds = executor.now() / 1e9;
        String who = task == null ? "" : "task " + task.id() + " (" + task.name() + ")";
        context.printError(String.format(Locale.ROOT, "[%9.3fs] %-8s %s%s%n", seconds, kind, who, detail));
    }

    @Override
    public void spawned(Task task) {
        event("spawn", task, "");
    }

    @Override
    public void polling(Task task) {
        event("poll", task, "");
    }

    @Override
    public void pending(Task task) {
        StringBuilder detail = new StringBuilder();
        Future f = task.future();
        if (f instanceof Coroutine c) {
            SourceSection at = c.suspendedAt();
            if (at != null) {
                detail.append(" at ").append(ErrorReport.position(at)).append(" on `").append(TaskDump.awaitedCode(at)).append('`');
            }
            if (c.leaf() != null) {
                detail.append(" (").append(c.leaf().describe()).append(')');
            }
        }
        event("pending", task, detail.toString());
    }

    @Override
    public void woken(Task task, String cause) {
        event("wake", task, cause == null ? "" : " by " + cause);
    }

    @Override
    public void finished(Task task) {
        String detail = task.output() instanceof Failure f ? " with error: " + errorMessage(f) : "";
        event("ready", task, detail);
    }

    @Override
    public void cancelled(Task task) {
        event("cancel", task, "");
    }


    /** Events of futures ({@code poll_fn}: what a hand-written future's poll returned). */
    @Override
    public void note(Task task, String kind, String detail) {
        event(kind, task, task == null ? detail : " " + detail);
    }

    private static String errorMessage(Failure f) {
        return f.error() instanceof Throwable t ? t.getMessage() : String.valueOf(f.error());
    }
}
