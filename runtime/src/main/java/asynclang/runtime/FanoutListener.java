package asynclang.runtime;

/**
 * Passes each executor event to several listeners (a trace and the failure reporter, say).
 * Plain loops: events come on every poll and wake, and a capturing lambda per event was a
 * tenth of ping_pong's time.
 */
final class FanoutListener implements ExecutorListener {

    private final ExecutorListener[] listeners;

    FanoutListener(ExecutorListener[] listeners) {
        this.listeners = listeners;
    }

    @Override
    public void spawned(Task task) {
        for (ExecutorListener l : listeners) {
            l.spawned(task);
        }
    }

    @Override
    public void polling(Task task) {
        for (ExecutorListener l : listeners) {
            l.polling(task);
        }
    }

    @Override
    public void pending(Task task) {
        for (ExecutorListener l : listeners) {
            l.pending(task);
        }
    }

    @Override
    public void woken(Task task, String cause) {
        for (ExecutorListener l : listeners) {
            l.woken(task, cause);
        }
    }

    @Override
    public void finished(Task task) {
        for (ExecutorListener l : listeners) {
            l.finished(task);
        }
    }

    @Override
    public void cancelled(Task task) {
        for (ExecutorListener l : listeners) {
            l.cancelled(task);
        }
    }

    @Override
    public void note(Task task, String kind, String detail) {
        for (ExecutorListener l : listeners) {
            l.note(task, kind, detail);
        }
    }

    @Override
    public void idle() {
        for (ExecutorListener l : listeners) {
            l.idle();
        }
    }
}
