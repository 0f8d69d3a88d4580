package asynclang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import asynclang.runtime.future.Sleep;

class DriverTest {

    /** Counts parks, to show that an idle executor waits once instead of polling. */
    private static final class CountingDriver implements Driver {
        final Driver inner;
        int parks;

        CountingDriver(Driver inner) {
            this.inner = inner;
        }

        @Override
        public Clock clock() {
            return inner.clock();
        }

        @Override
        public void park(long deadline, boolean externalWork) throws InterruptedException {
            parks++;
            inner.park(deadline, externalWork);
        }

        @Override
        public void unpark() {
            inner.unpark();
        }
    }

    /** Ready once {@code host} completes on another thread; registered as an external source. */
    private static Future awaitHost(Executor ex, CompletableFuture<String> host) {
        return new Future() {
            boolean registered;

            @Override
            public Object poll(Waker waker) {
                if (host.isDone()) {
                    ex.removeExternalSource();
                    return host.join();
                }
                if (!registered) {
                    registered = true;
                    ex.addExternalSource();
                    host.whenComplete((v, e) -> waker.wake("host"));
                }
                return PENDING;
            }
        };
    }

    @Test
    void anIdleExecutorWaitingForAnotherThreadParksWithoutPolling() throws Exception {
        CountingDriver driver = new CountingDriver(new ParkingDriver());
        Executor ex = new Executor(driver);
        CompletableFuture<String> host = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> host.complete("late"));
        Task main = ex.blockOn("main", awaitHost(ex, host));
        assertEquals("late", main.output());
        // One wait until the wake (a polling loop would have parked every few milliseconds).
        assertTrue(driver.parks <= 2, "parked " + driver.parks + " times");
    }

    @Test
    void virtualTimeStandsStillWhileWorkIsInFlightOffTheLoop() throws Exception {
        VirtualTimeDriver driver = new VirtualTimeDriver();
        Executor ex = new Executor(driver);
        CompletableFuture<String> host = new CompletableFuture<>();
        List<String> log = new ArrayList<>();
        Task main = ex.blockOn("main", new Future() {
            Future sleep;
            Future work;

            @Override
            public Object poll(Waker waker) {
                if (sleep == null) {
                    sleep = new Sleep(ex, 3_600_000_000_000L, "slept");
                    work = awaitHost(ex, host);
                    CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(() -> host.complete("done"));
                }
                if (work != null && work.poll(waker) != PENDING) {
                    log.add("work done at " + ex.now());
                    work = null;
                }
                if (sleep.poll(waker) != PENDING) {
                    log.add("slept until " + ex.now());
                    return "ok";
                }
                return PENDING;
            }
        });
        assertEquals("ok", main.output());
        assertEquals(List.of("work done at 0", "slept until 3600000000000"), log);
    }

    @Test
    void tasksOutliveOneRunAndGoOnInTheNext() throws Exception {
        Executor ex = new Executor(new VirtualTimeDriver());
        List<String> log = new ArrayList<>();
        Task background = ex.spawn("background", new Future() {
            Sleep sleep;

            @Override
            public Object poll(Waker waker) {
                if (sleep == null) {
                    sleep = new Sleep(ex, 10, null);
                }
                if (sleep.poll(waker) == PENDING) {
                    return PENDING;
                }
                log.add("background done");
                return "bg";
            }
        });
        ex.blockOn("first", waker -> "first");
        assertEquals(List.of(), log, "the first run ends as soon as its own task does");
        ex.blockOn("second", new Sleep(ex, 20, "second"));
        assertEquals(List.of("background done"), log);
        assertEquals("bg", background.output());
    }

    @Test
    void anInterruptedWaitLeavesTheExecutorUsable() throws Exception {
        Executor ex = new Executor(new ParkingDriver());
        CompletableFuture<String> host = new CompletableFuture<>();
        Task main = ex.spawn("main", awaitHost(ex, host));
        Thread loop = Thread.currentThread();
        CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(loop::interrupt);
        assertThrows(InterruptedException.class, () -> ex.runUntil(main));
        host.complete("after the interrupt");
        ex.runUntil(main);
        assertEquals("after the interrupt", main.output());
    }

    @Test
    void aFutureThatThrowsFailsItsTaskInsteadOfLeavingItRunning() throws Exception {
        Executor ex = new Executor(new VirtualTimeDriver());
        Task broken = ex.spawn("broken", waker -> {
            throw new IllegalStateException("bug");
        });
        assertThrows(IllegalStateException.class, () -> ex.runUntil(broken));
        assertTrue(broken.isFinished());
        assertTrue(broken.output() instanceof Failure f && f.error() instanceof IllegalStateException);
    }
}
