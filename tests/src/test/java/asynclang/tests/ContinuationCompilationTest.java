package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/**
 * Async code that suspends every iteration must reach compiled code and stay there: resumed
 * continuations used to start in a stale bytecode tier and deoptimize on every resume until
 * Truffle gave up compiling them. Compilation is made synchronous so the test does not depend
 * on how busy the machine is. The first, short run of {@code spin} completes once before
 * anything is compiled, as a body does in most programs: a continuation returns a suspension
 * until its body ends, and the change of return type at that end is a one-time event that
 * would otherwise invalidate the compiled loop once, at its end.
 */
class ContinuationCompilationTest {

    private static final String PROGRAM = """
                    async fn spin(n) {
                        let i = 0;
                        let total = 0;
                        while i < n {
                            yield_now().await;
                            total += i % 7;
                            i += 1;
                        }
                        total
                    }
                    spin(5).await;
                    spin(10000).await
                    """;

    /**
     * A body that suspends at one await, resumed with ints until it is compiled, then with nil
     * (as a reader gets chunks, then nil at the end): the type of what a body is resumed with
     * must not break its continuation's argument profile (the break threw away the compiled
     * continuation and the coroutine driver that had inlined it).
     */
    private static final String MIXED = """
                    let ch = channel();
                    async fn consume(ch, n) {
                        let ints = 0;
                        let i = 0;
                        while i < n {
                            let next = if i < n - 100 { ch.recv() } else { sleep(1ms) };
                            let v = next.await;
                            if v != nil { ints += 1; }
                            i += 1;
                        }
                        ints
                    }
                    let consumer = spawn(consume(ch, 20000));
                    let i = 0;
                    while i < 19900 {
                        yield_now().await;
                        ch.send(i).await;
                        i += 1;
                    }
                    consumer.await
                    """;

    /**
     * Tasks that pend thousands of times and then end, one after the other (a server's
     * connections): the driver polling them is compiled while they only pend, and the first
     * output (here an int) must not invalidate it.
     */
    private static final String ENDINGS = """
                    async fn worker(n) {
                        let i = 0;
                        while i < n {
                            yield_now().await;
                            i += 1;
                        }
                        i
                    }
                    let a = spawn(worker(6000));
                    let b = spawn(worker(7000));
                    let c = spawn(worker(8000));
                    a.await + b.await + c.await
                    """;

    @Test
    void aTaskEndingDoesNotInvalidateTheCompiledDriver() {
        List<String> lines = compilationsOf(ENDINGS, 21000).stream().filter(l -> l.contains("coroutine driver: worker")).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("opt done")), "the driver was never compiled:\n" + String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("opt inval") || l.contains("opt deopt")), String.join("\n", lines));
    }

    @Test
    void aLoopThatSuspendsEveryIterationIsCompiledWithoutRepeatedInvalidation() {
        List<String> lines = compilationsOf(PROGRAM, 29994).stream().filter(l -> l.contains("spin")).toList();
        long compiled = lines.stream().filter(l -> l.contains("opt done")).count();
        long invalidated = lines.stream().filter(l -> l.contains("opt inval") || l.contains("opt deopt")).count();
        assertTrue(compiled >= 1, "spin was never compiled:\n" + String.join("\n", lines));
        assertTrue(invalidated <= 2, "spin was invalidated " + invalidated + " times:\n" + String.join("\n", lines));
    }

    @Test
    void valuesOfManyTypesResumeABodyWithoutBreakingItsProfile() {
        List<String> lines = compilationsOf(MIXED, 19900);
        assertTrue(lines.stream().anyMatch(l -> l.contains("opt done") && l.contains("consume(resume")), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("Profiled Argument Types") && (l.contains("resume_bci") || l.contains("coroutine driver"))),
                        String.join("\n", lines));
    }

    /** Runs {@code program} with synchronous compilation; returns the compilation trace. */
    private static List<String> compilationsOf(String program, int expected) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).logHandler(log).allowExperimentalOptions(true)
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.TraceCompilation", "true")
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            // The test JVM runs the optimizing runtime (JVMCI and the Graal compiler): a
            // fallback to the interpreter-only runtime would leave nothing to check.
            assertTrue(!context.getEngine().getImplementationName().contains("Interpreted"), context.getEngine().getImplementationName());
            assertEquals(expected, context.eval("asynclang", program).asInt());
        }
        return log.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
