package asynclang.runtime;

/**
 * Virtual time ({@code --virtual-time}): when every task is idle, the clock jumps straight to
 * the next timer, so {@code sleep(1h)} takes no real time and runs are deterministic. While
 * work off the loop thread is in flight (a host future, I/O), the clock stands still and the
 * driver waits for real: a timeout must not fire early just because the other side is slow.
 */
public final class VirtualTimeDriver implements Driver {

    private final ParkingDriver waiting = new ParkingDriver();
    private final Clock clock = new Clock() {
        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public boolean isVirtual() {
            return true;
        }
    };
    private long now;

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void park(long deadline, boolean externalWork) throws InterruptedException {
        if (externalWork) {
            waiting.park(NO_DEADLINE, true);
        } else if (deadline > now) {
            now = deadline;
        }
    }

    @Override
    public void unpark() {
        waiting.unpark();
    }
}
