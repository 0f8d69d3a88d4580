package asynclang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/**
 * Work off the loop thread wakes its task and then stops counting as an external source: the
 * executor must never take that moment for a deadlock (it once did, now and then, when the
 * count was read after the last look at the wakes).
 */
class ExternalWakeRaceTest {

    /** Pending once while another thread finishes it: wake, then stop being external. */
    private static Future offLoop(Executor ex, ExecutorService pool) {
        return new Future() {
            volatile boolean done;

            @Override
            public Object poll(Waker waker) {
                if (done) {
                    return "done";
                }
                ex.addExternalSource();
                pool.execute(() -> {
                    done = true;
                    waker.wake("done off the loop");
                    ex.removeExternalSource();
                });
                return PENDING;
            }
        };
    }

    @Test
    void aWakeJustBeforeTheSourceStopsIsNeverADeadlock() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "off-loop");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < 20_000; i++) {
                Executor ex = new Executor(new ParkingDriver());
                Task main = ex.blockOn("main", offLoop(ex, pool));
                assertEquals("done", main.output(), "run " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
