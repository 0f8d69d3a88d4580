package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Futures across the host boundary (LANGUAGE.md 8): get and then out, CompletableFuture in. */
class HostFuturesTest {

    @Test
    void getDrivesTheExecutorUntilTheFutureIsDone() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value twice = c.eval("asynclang", "async fn twice(x) { sleep(5ms).await; x * 2 }\ntwice");
            Value future = twice.execute(21);
            assertTrue(future.canInvokeMember("get"));
            assertTrue(future.canInvokeMember("then"));
            assertEquals(42, future.invokeMember("get").asInt());
            // get again: the same output, the future is not run twice
            assertEquals(42, future.invokeMember("get").asInt());
        }
    }

    @Test
    void getWithATimeoutGivesUpButTheTaskGoesOn() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value slow = c.eval("asynclang", "async { sleep(300ms).await; \"late\" }");
            long t0 = System.nanoTime();
            PolyglotException e = assertThrows(PolyglotException.class, () -> slow.invokeMember("get", 50));
            assertTrue(e.isGuestException());
            assertTrue(e.getMessage().startsWith("timed out after 50 ms waiting for"), e.getMessage());
            assertTrue(System.nanoTime() - t0 < 250_000_000L, "the timeout is honoured");
            assertEquals("late", slow.invokeMember("get", 5000).asString());
        }
    }

    @Test
    void getThrowsTheScriptErrorAsAGuestException() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value failing = c.eval("asynclang", "async { sleep(1ms).await; assert(false, \"boom\") }");
            PolyglotException e = assertThrows(PolyglotException.class, () -> failing.invokeMember("get"));
            assertTrue(e.isGuestException());
            assertEquals("assertion failed: boom", e.getMessage());
            PolyglotException bad = assertThrows(PolyglotException.class, () -> c.eval("asynclang", "async { 1 }").invokeMember("get", "soon"));
            assertEquals("get expects a timeout in milliseconds (an int >= 0), got string", bad.getMessage());
        }
    }

    @Test
    void tasksHandedToTheHostAreTasks() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value task = c.eval("asynclang", "spawn(async { sleep(2ms).await; 7 })");
            assertEquals(7, task.invokeMember("get").asInt());
        }
    }

    @Test
    void thenCallsBackWithTheOutputOrTheError() {
        Contexts.Captured io = new Contexts.Captured();
        try (Context c = Contexts.withHostAccess(io)) {
            List<Object> seen = new ArrayList<>();
            c.eval("asynclang", "async { sleep(1ms).await; 5 }").invokeMember("then", (java.util.function.Consumer<Object>) v -> seen.add(v),
                            (java.util.function.Consumer<Object>) e -> seen.add("error"));
            assertEquals(List.of(5L), seen.stream().map(v -> v instanceof Number n ? n.longValue() : v).toList());
            List<String> errors = new ArrayList<>();
            c.eval("asynclang", "async { throw \"no\"; }").invokeMember("then", (java.util.function.Consumer<Object>) v -> errors.add("ok"),
                            (java.util.function.Consumer<Object>) e -> errors.add(String.valueOf(e)));
            assertEquals(List.of("no"), errors, io.err());
        }
        assertEquals("", io.err());
    }

    @Test
    void spawnedTasksKeepRunningInLaterEvaluations() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.eval("asynclang", "let ticks = 0; let ticker = spawn(async { loop { sleep(1ms).await; ticks += 1; } });");
            c.eval("asynclang", "sleep(20ms).await;");
            long first = c.eval("asynclang", "ticks").asLong();
            assertTrue(first >= 2, "ticks: " + first);
            c.eval("asynclang", "sleep(20ms).await;");
            assertTrue(c.eval("asynclang", "ticks").asLong() > first);
        }
    }

    @Test
    void closingTheContextCancelsTasksAndRunsTheirFinallyBlocks() {
        Contexts.Captured io = new Contexts.Captured();
        try (Context c = Contexts.plain(io)) {
            c.eval("asynclang", "spawn(async { try { sleep(1h).await; } finally { println(\"cleaned up\"); } }); yield_now().await;");
        }
        assertEquals("cleaned up\n", io.out());
    }

    @Test
    void awaitTakesACompletableFutureCompletedOnAnotherThread() throws Exception {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            CompletableFuture<Object> answer = new CompletableFuture<>();
            c.getBindings("asynclang").putMember("answer", answer);
            Thread t = new Thread(() -> {
                sleep(30);
                answer.complete(41);
            });
            t.start();
            assertEquals(42, c.eval("asynclang", "answer.await + 1").asInt());
            t.join();
            // already complete: ready at once, and awaitable again
            assertEquals(41, c.eval("asynclang", "answer.await").asInt());
            assertEquals("int", c.eval("asynclang", "typeof(answer.await)").asString());
        }
    }

    @Test
    void aFailedCompletableFutureIsACatchableErrorWithTheHostMessage() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            CompletableFuture<Object> failing = new CompletableFuture<>();
            c.getBindings("asynclang").putMember("failing", failing);
            new Thread(() -> {
                sleep(20);
                failing.completeExceptionally(new IllegalStateException("database is down"));
            }).start();
            assertEquals("database is down", c.eval("asynclang", "try { failing.await } catch e { e.message }").asString());
        }
    }

    @Test
    void waitingForAHostFutureIsNotADeadlockAndOtherTasksRun() {
        Contexts.Captured io = new Contexts.Captured();
        try (Context c = Contexts.withHostAccess(io)) {
            CompletableFuture<Object> later = new CompletableFuture<>();
            c.getBindings("asynclang").putMember("later", later);
            new Thread(() -> {
                sleep(50);
                later.complete("done");
            }).start();
            Value v = c.eval("asynclang", """
                            let t = spawn(async { for i in 0..3 { sleep(5ms).await; println("tick", i); } });
                            let r = later.await;
                            t.await;
                            r
                            """);
            assertEquals("done", v.asString());
        }
        assertEquals("tick 0\ntick 1\ntick 2\n", io.out());
    }

    @Test
    void aFutureCanBeTakenOnlyOnce() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.eval("asynclang", "let f = async { 1 }; f.await;");
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.getBindings("asynclang").getMember("f").invokeMember("get"));
            assertEquals("future already awaited", e.getMessage());
            assertFalse(e.isInternalError());
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** get(0) collects a finished task's output, as CompletableFuture.get(0, ms) does. */
    @Test
    void getWithAZeroTimeoutReturnsWhatIsDone() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value t = c.eval("asynclang", "let t = spawn(async { 5 }); sleep(10ms).await; t");
            assertEquals(5, t.invokeMember("get", 0).asInt());
            assertEquals(6, c.eval("asynclang", "async { 6 }").invokeMember("get", 0).asInt());
        }
    }

    /** A CompletableFuture's BigInteger arrives as an Int, as the same value put in a binding does. */
    @Test
    void aBigIntegerFromTheHostIsAnInt() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            java.math.BigInteger big = new java.math.BigInteger("123456789012345678901234567890");
            c.getBindings("asynclang").putMember("direct", big);
            c.getBindings("asynclang").putMember("later", CompletableFuture.completedFuture(big));
            assertEquals("[\"int\", \"int\", 123456789012345678901234567891]",
                            c.eval("asynclang", "let v = later.await; str([typeof(direct), typeof(v), v + 1])").asString());
        }
    }

    /** A Java list of CompletableFutures, completed on other threads, joins like a list (LANGUAGE.md 8: host lists work like lists). */
    @Test
    void joinAllTakesAJavaListOfHostFutures() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            List<CompletableFuture<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int k = i;
                futures.add(CompletableFuture.supplyAsync(() -> k));
            }
            c.getBindings("asynclang").putMember("futs", futures);
            assertEquals(499500, c.eval("asynclang", "join_all(futs).await.reduce(|a, b| a + b, 0)").asInt());
            assertEquals("join_all expects a list of futures, got host object", c.eval("asynclang", "try { join_all(futs[0]).await } catch e { e.message }").asString());
        }
    }
}
