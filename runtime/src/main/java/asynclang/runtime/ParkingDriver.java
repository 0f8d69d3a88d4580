package asynclang.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * The real-time driver: parks the loop thread until the next deadline or an unpark. With
 * nothing to wait for but other threads, it parks without a timeout: no polling loop.
 */
public final class ParkingDriver implements Driver {

    private final Clock clock = Clock.real();
    private volatile Thread parked;
    private volatile boolean unparked;

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void park(long deadline, boolean externalWork) throws InterruptedException {
        parked = Thread.currentThread();
        try {
            if (!unparked) {
                if (deadline == NO_DEADLINE) {
                    LockSupport.park(this);
                } else {
                    long wait = deadline - clock.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(this, wait);
                    }
                }
            }
        } finally {
            parked = null;
            unparked = false;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    @Override
    public void unpark() {
        unparked = true;
        Thread t = parked;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
