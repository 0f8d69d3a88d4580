package asynclang.language;

import com.oracle.truffle.api.TruffleSafepoint;

import asynclang.runtime.Clock;
import asynclang.runtime.Driver;

/**
 * Lets Truffle take over the executor's thread while it waits: the wait is marked blocked and
 * interruptible, so {@code Context.close(true)}, {@code interrupt} and resource limits act at
 * once instead of after the next timer. Before each wait it runs {@code beforeWait}: the
 * context flushes the script's buffered output there, so a pipe sees it promptly.
 */
final class SafepointDriver implements Driver {

    private final Driver inner;
    private final Runnable beforeWait;

    SafepointDriver(Driver inner, Runnable beforeWait) {
        this.inner = inner;
        this.beforeWait = beforeWait;
    }

    @Override
    public Clock clock() {
        return inner.clock();
    }

    @Override
    public void park(long deadline, boolean externalWork) {
        beforeWait.run();
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
