package asynclang.runtime.future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import asynclang.runtime.Executor;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.runtime.VirtualTimeDriver;
import asynclang.runtime.Waker;

/** A sleep is its own entry in the timer queue: cancelling and polling it again must not lose it. */
class SleepTest {

    @Test
    void aSleepCancelledAndPolledAgainStillWakesItsTask() throws Exception {
        Executor ex = new Executor(new VirtualTimeDriver());
        Sleep sleep = new Sleep(ex, 50, "slept");
        List<String> log = new ArrayList<>();
        Task t = ex.blockOn("main", new Future() {
            boolean armed;

            @Override
            public Object poll(Waker waker) {
                if (!armed) {
                    armed = true;
                    sleep.poll(waker);
                    // Dropped (a select's losing branch, say), then awaited again before the
                    // queue got round to forgetting it: its entry must come back to life.
                    sleep.cancel();
                    log.add("re-armed: " + sleep.poll(waker));
                    return PENDING;
                }
                Object r = sleep.poll(waker);
                log.add("at " + ex.now() + ": " + r);
                return r;
            }
        });
        assertEquals("slept", t.output());
        assertEquals(List.of("re-armed: " + Future.PENDING, "at 50: slept"), log);
        assertTrue(ex.timers().isEmpty());
    }

    @Test
    void sleepsDueAtTheSameInstantWakeInTheOrderTheyWereFirstPolled() throws Exception {
        Executor ex = new Executor(new VirtualTimeDriver());
        List<String> log = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            ex.spawn(name, new Future() {
                final Sleep sleep = new Sleep(ex, 10, name);

                @Override
                public Object poll(Waker waker) {
                    Object r = sleep.poll(waker);
                    if (r != PENDING) {
                        log.add(name);
                    }
                    return r;
                }
            });
        }
        ex.blockOn("main", new Sleep(ex, 20, "done"));
        assertEquals(List.of("a", "b", "c"), log);
    }
}
