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
 * on how busy the machine is.
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
                    spin(10000).await
                    """;

    @Test
    void aLoopThatSuspendsEveryIterationIsCompiledWithoutRepeatedInvalidation() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).logHandler(log).allowExperimentalOptions(true)
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.TraceCompilation", "true")
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            // The test JVM runs the optimizing runtime (JVMCI and the Graal compiler): a
            // fallback to the interpreter-only runtime would leave nothing to check.
            assertTrue(!context.getEngine().getImplementationName().contains("Interpreted"), context.getEngine().getImplementationName());
            assertEquals(29994, context.eval("asynclang", PROGRAM).asInt());
        }
        List<String> lines = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("spin")).toList();
        long compiled = lines.stream().filter(l -> l.contains("opt done")).count();
        long invalidated = lines.stream().filter(l -> l.contains("opt inval") || l.contains("opt deopt")).count();
        assertTrue(compiled >= 1, "spin was never compiled:\n" + String.join("\n", lines));
        assertTrue(invalidated <= 2, "spin was invalidated " + invalidated + " times:\n" + String.join("\n", lines));
    }
}
