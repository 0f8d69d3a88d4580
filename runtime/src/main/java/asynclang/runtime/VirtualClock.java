package asynclang.runtime;

/**
 * A clock that stands still until the executor, finding every task idle, jumps it to the next
 * timer: {@code sleep(1h)} takes no real time and runs are deterministic.
 */
public final class VirtualClock implements Clock {

    private long now;

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    void advanceTo(long nanos) {
        if (nanos > now) {
            now = nanos;
        }
    }
}
