package asynclang.language;

import com.oracle.truffle.api.TruffleSafepoint;

import asynclang.runtime.Clock;
import asynclang.runtime.Driver;

/**
 * Lets Truffle take over the executor's thread while it waits: the wait is marked blocked and
 * interruptible, so {@code Context.close(true)}, {@code interrupt} and resource limits act at
 * once instead of after the next timer.
 */
final class SafepointDriver implements Driver {

    private final Driver inner;

    SafepointDriver(Driver inner) {
        this.inner = inner;
    }

    @Override
    public Clock clock() {
        return inner.clock();
    }

    @Override
    public void park(long deadline, boolean externalWork) {
        TruffleSafepoint.setBlockedThreadInterruptible(null, d -> d.park(deadline, externalWork), inner);
    }

    @Override
    public void unpark() {
        inner.unpark();
    }

    @Override
    public boolean hasIoInterest() {
        return inner.hasIoInterest();
    }

    @Override
    public boolean isVirtual() {
        return inner.isVirtual();
    }
}
