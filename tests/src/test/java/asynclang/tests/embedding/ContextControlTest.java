package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.junit.jupiter.api.Test;

/** close(true), interrupt and statement limits while the executor waits (LANGUAGE.md 8, Control). */
class ContextControlTest {

    @Test
    void closeCancelsAContextInTheMiddleOfALongSleep() throws Exception {
        Contexts.Captured io = new Contexts.Captured();
        Context c = Contexts.plain(io);
        long[] closedAfter = new long[1];
        Thread closer = new Thread(() -> {
            HostFuturesTest.sleep(200);
            long t0 = System.nanoTime();
            c.close(true);
            closedAfter[0] = System.nanoTime() - t0;
        });
        closer.start();
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("asynclang", "try { sleep(10s).await; } finally { println(\"finally ran\"); }"));
        assertTrue(e.isCancelled());
        closer.join();
        assertTrue(closedAfter[0] < 1_000_000_000L, "close(true) took " + closedAfter[0] / 1_000_000 + " ms");
    }

    @Test
    void closeKillsAChildProcessATaskStillWaitsFor() {
        Contexts.Captured io = new Contexts.Captured();
        Context c = Contexts.withHostAccess(io);
        c.eval("asynclang", "import std.process;\nlet t = spawn(process.run(\"sleep\", [\"30\"]));\nsleep(200ms).await;");
        assertTrue(childSleeps(), "the child runs while its task waits");
        c.close();
        assertTrue(!childSleeps(), "the child is gone once the context is closed");
        assertEquals("", io.err());
    }

    private static boolean childSleeps() {
        return ProcessHandle.current().descendants()
                        .anyMatch(p -> p.isAlive() && p.info().commandLine().orElse("").contains("sleep 30"));
    }

    @Test
    void interruptStopsAWaitingEvaluationAndTheContextStaysUsable() throws Exception {
        Contexts.Captured io = new Contexts.Captured();
        try (Context c = Contexts.plain(io)) {
            Thread interrupter = interruptWhenWaiting(c, io);
            PolyglotException e = assertThrows(PolyglotException.class,
                            () -> c.eval("asynclang", "try { println(\"waiting\"); sleep(10s).await; } finally { println(\"finally ran\"); }"));
            assertTrue(e.isInterrupted());
            interrupter.join();
            assertEquals("waiting\nfinally ran\n", io.out());
            assertEquals(2, c.eval("asynclang", "1 + 1").asInt());
        }
    }

    @Test
    void interruptRunsFinallyOfAnInteractiveSource() throws Exception {
        Contexts.Captured io = new Contexts.Captured();
        try (Context c = Contexts.plain(io)) {
            c.eval("asynclang", "let z = 1;");
            Thread interrupter = interruptWhenWaiting(c, io);
            org.graalvm.polyglot.Value program = c.parse(org.graalvm.polyglot.Source.newBuilder("asynclang", "try { println(\"waiting\"); sleep(5s).await } finally { println(\"cleanup\") }", "<repl-1>").interactive(true).cached(false).buildLiteral());
            PolyglotException e = assertThrows(PolyglotException.class, program::execute);
            assertTrue(e.isInterrupted());
            interrupter.join();
            assertEquals("waiting\ncleanup\n", io.out());
        }
    }

    @Test
    void endWithMainTaskCancelsTheOtherTasksAndTheValueIsTheExitStatus() {
        Contexts.Captured io = new Contexts.Captured();
        try (Context c = Contexts.builder(io).option("asynclang.EndWithMainTask", "true").build()) {
            org.graalvm.polyglot.Value v = c.eval("asynclang", """
                            spawn(async { sleep(10s).await; println("never"); });
                            println("main done");
                            42
                            """);
            assertEquals(0, v.asInt());
            assertEquals("main done\n", io.out());
        }
        try (Context c = Contexts.plain(io)) {
            assertEquals(42, c.eval("asynclang", "println(\"kept\"); 42").asInt());
        }
    }

    /**
     * A started thread that interrupts {@code c} once the script has printed "waiting" (it prints
     * that before its sleep, and output is flushed when the executor waits): a fixed delay raced
     * the script's start on a loaded machine. The interrupt must take effect within 5 s.
     */
    private static Thread interruptWhenWaiting(Context c, Contexts.Captured io) {
        Thread interrupter = new Thread(() -> {
            for (int i = 0; i < 3000 && !io.out().contains("waiting\n"); i++) {
                HostFuturesTest.sleep(10);
            }
            try {
                c.interrupt(Duration.ofSeconds(5));
            } catch (TimeoutException e) {
                throw new AssertionError("interrupt timed out", e);
            }
        });
        interrupter.start();
        return interrupter;
    }

    @Test
    void statementLimitsStopRunawayLoops() {
        assertLimitStops("let i = 0; loop { i += 1; }");
        assertLimitStops("async fn spin() { loop { yield_now().await; } }\nspin().await;");
        // Loops whose body is empty are counted too: one statement per iteration.
        assertLimitStops("loop { }");
        assertLimitStops("while true { }");
        assertLimitStops("for i in 0..100000000000 { }");
        assertLimitStops("async fn g() { loop { } }\ng().await");
    }

    private static void assertLimitStops(String script) {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(1000, null).build();
        Context c = Contexts.builder(new Contexts.Captured()).resourceLimits(limits).build();
        try {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("asynclang", script));
            assertTrue(e.isResourceExhausted(), e.getMessage());
        } finally {
            closeExhausted(c);
        }
    }

    /** A context whose limit was exceeded is cancelled; closing it reports that again. */
    static void closeExhausted(Context c) {
        try {
            c.close();
        } catch (PolyglotException e) {
            assertTrue(e.isResourceExhausted() || e.isCancelled(), e.getMessage());
        }
    }
}
