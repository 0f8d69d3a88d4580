package asynclang.runtime;

import java.util.List;

/** Thrown by {@link Executor#blockOn} when no task can ever make progress again. */
public final class Deadlock extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Task> tasks;

    public Deadlock(List<Task> tasks) {
        super("deadlock: no task can make progress", null, false, false);
        this.tasks = tasks;
    }

    /** Every live task, by id. */
    public List<Task> tasks() {
        return tasks;
    }
}
