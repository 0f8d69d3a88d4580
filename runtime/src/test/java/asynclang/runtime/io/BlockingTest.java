package asynclang.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import asynclang.runtime.Deadlock;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.ParkingDriver;
import asynclang.runtime.Waker;
import asynclang.runtime.future.CombinatorTest;

class BlockingTest {

    /**
     * Work that a timeout dropped goes on off the executor (a read cannot be taken back), but
     * nobody waits for it: a task then waiting on what nothing can wake is a deadlock at once,
     * not when the dropped work happens to end (a killed child's grandchild holding its output).
     */
    // Real time: under virtual time the clock does not jump while off-thread work is in flight.
    @Test
    @Timeout(60) // before the fix, the executor waited for the stuck work: a hang
    void droppedWorkStillRunningHidesNoDeadlock() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Executor ex = new Executor(new ParkingDriver());
        Blocking work = new Blocking(ex, () -> {
            release.await();
            return "late";
        }, e -> e, "stuck work", "done");
        try {
            Deadlock d = assertThrows(Deadlock.class, () -> ex.blockOn("main", new Future() {
                asynclang.runtime.future.Timeout timed = new asynclang.runtime.future.Timeout(ex, 1_000_000, work, CombinatorTest.OUTPUTS);
                boolean timedOut;

                @Override
                public Object poll(Waker waker) {
                    if (!timedOut) {
                        Object r = timed.poll(waker);
                        if (r == PENDING) {
                            return PENDING;
                        }
                        assertInstanceOf(Failure.class, r);
                        timedOut = true;
                    }
                    return PENDING; // and nothing will wake it
                }
            }));
            assertEquals(1, d.tasks().size());
        } finally {
            release.countDown();
        }
    }
}
