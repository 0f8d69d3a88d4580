package asynclang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ExecutorTest {

    /** Records a label, then is Ready. */
    private static Future step(List<String> log, String label) {
        return waker -> {
            log.add(label);
            return label;
        };
    }

    /** Pending until the clock reaches {@code at}, then records {@code label}. */
    private static Future sleepUntil(Executor ex, long at, List<String> log, String label) {
        return new Future() {
            TimerQueue.Timer timer;

            @Override
            public Object poll(Waker waker) {
                if (ex.now() >= at) {
                    log.add(label + "@" + ex.now());
                    return label;
                }
                if (timer == null) {
                    timer = ex.timers().add(at, waker);
                }
                return PENDING;
            }
        };
    }

    @Test
    void spawnedTasksStartAtTheNextSchedulingPointInFifoOrder() throws Exception {
        Executor ex = new Executor(new VirtualTimeDriver());
        List<String> log = new ArrayList<>();
        Task main = ex.blockOn("main", new Future() {
            boolean spawned;

            @Override
            public Object poll(Waker waker) {
                if (!spawned) {
                    spawned = true;
                    ex.spawn("a", step(log, "a"));
                    ex.spawn("b", step(log, "b"));
                    log.add("main spawned");
                    waker.wake();
                    return PENDING;
                }
                log.add("main resumed");
                return "done";
            }
        });
        assertEquals(List.of("main spawned", "a", "b", "main resumed"), log);
        assertEquals("done", main.output());
    }

    @Test
    void timersFireByDeadlineThenBySetOrder() throws Exception {
        VirtualTimeDriver driver = new VirtualTimeDriver();
        Executor ex = new Executor(driver);
        List<String> log = new ArrayList<>();
        ex.blockOn("main", new Future() {
            boolean started;
            List<Task> tasks = new ArrayList<>();

            @Override
            public Object poll(Waker waker) {
                if (!started) {
                    started = true;
                    tasks.add(ex.spawn("late", sleepUntil(ex, 2_000, log, "late")));
                    tasks.add(ex.spawn("first", sleepUntil(ex, 1_000, log, "first")));
                    tasks.add(ex.spawn("second", sleepUntil(ex, 1_000, log, "second")));
                }
                for (Task t : tasks) {
                    if (t.join(waker, "aborted") == PENDING) {
                        return PENDING;
                    }
                }
                return "ok";
            }
        });
        assertEquals(List.of("first@1000", "second@1000", "late@2000"), log);
        assertEquals(2_000, driver.clock().nanoTime());
    }

    @Test
    void virtualTimeJumpsAnHourInstantly() throws Exception {
        VirtualTimeDriver driver = new VirtualTimeDriver();
        Executor ex = new Executor(driver);
        long hour = TimeUnit.HOURS.toNanos(1);
        long started = System.nanoTime();
        Task t = ex.blockOn("main", sleepUntil(ex, hour, new ArrayList<>(), "x"));
        assertEquals("x", t.output());
        assertEquals(hour, driver.clock().nanoTime());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30));
    }

    @Test
    void aPendingFutureNothingCanWakeIsADeadlock() throws Exception {
        Executor ex = new Executor(new VirtualTimeDriver());
        Deadlock d = assertThrows(Deadlock.class, () -> ex.blockOn("main", waker -> Future.PENDING));
        assertEquals(1, d.tasks().size());
        assertEquals("main", d.tasks().get(0).name());
    }

    @Test
    void abortCancelsAtTheNextSchedulingPointAndJoinersSeeIt() throws Exception {
        Executor ex = new Executor(new VirtualTimeDriver());
        List<String> log = new ArrayList<>();
        Task main = ex.blockOn("main", new Future() {
            Task victim;

            @Override
            public Object poll(Waker waker) {
                if (victim == null) {
                    victim = ex.spawn("victim", new Future() {
                        @Override
                        public Object poll(Waker w) {
                            log.add("victim polled");
                            return PENDING;
                        }

                        @Override
                        public Failure cancel() {
                            log.add("victim cancelled");
                            return null;
                        }
                    });
                    victim.abort();
                }
                return victim.join(waker, "aborted!");
            }
        });
        assertEquals(List.of("victim cancelled"), log);
        assertEquals(new Failure("aborted!"), main.output());
    }

    @Test
    void wakesFromOtherThreadsReachTheLoop() throws Exception {
        Executor ex = new Executor(new ParkingDriver());
        CompletableFuture<String> host = new CompletableFuture<>();
        Task main = ex.blockOn("main", new Future() {
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
                    new Thread(() -> host.complete("from another thread")).start();
                }
                return PENDING;
            }
        });
        assertEquals("from another thread", main.output());
    }

    @Test
    void aHundredThousandSleepingTasks() throws Exception {
        VirtualTimeDriver driver = new VirtualTimeDriver();
        Executor ex = new Executor(driver);
        int n = 100_000;
        List<String> log = new ArrayList<>();
        Task main = ex.blockOn("main", new Future() {
            List<Task> tasks;
            int next;

            @Override
            public Object poll(Waker waker) {
                if (tasks == null) {
                    tasks = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        tasks.add(ex.spawn("t", sleepUntil(ex, (i % 1000) * 1_000_000L, log, "")));
                    }
                }
                for (; next < n; next++) {
                    if (tasks.get(next).join(waker, "aborted") == PENDING) {
                        return PENDING;
                    }
                }
                return "all done";
            }
        });
        assertEquals("all done", main.output());
        assertEquals(n, log.size());
        assertEquals(999_000_000L, driver.clock().nanoTime());
    }
}
