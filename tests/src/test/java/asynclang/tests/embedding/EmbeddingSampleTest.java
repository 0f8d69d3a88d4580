package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import asynclang.tests.GoldenScriptsTest;

/**
 * The sample application of examples/embedding, built as an embedder builds it (Maven, against
 * the installed asynclang artifacts: `./run-tests` installs them before this module's tests
 * run) and run as docs/embedding.md says, on the optimizing runtime.
 */
class EmbeddingSampleTest {

    static final Path SAMPLE = GoldenScriptsTest.ROOT.resolve("examples/embedding");

    record Run(int exit, String out) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(SAMPLE.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(p.exitValue(), out);
    }

    @BeforeAll
    static void build() throws Exception {
        Run build = run(List.of("mvn", "-B", "-q", "package"));
        assertEquals(0, build.exit(), "building the sample failed:\n" + build.out());
    }

    @Test
    void theOrderServiceServesRequestsThroughAnAsyncFn() throws Exception {
        Run r = run(List.of("./run", "demo.OrderService"));
        assertEquals(0, r.exit(), r.out());
        assertEquals("""
                        {"item":"apple","in_stock":12,"price":0.5,"ok":true}
                        {"item":"pear","in_stock":0,"price":0.75,"ok":false}
                        {"item":"plum","in_stock":7,"price":1.25,"ok":true}
                        {"item":"kiwi","in_stock":0,"price":0.0,"ok":false}
                        served 4 requests
                        """, r.out());
    }

    @Test
    void javascriptAndAsynclangAwaitEachOther() throws Exception {
        Run r = run(List.of("./run", "demo.WithJavaScript"));
        assertEquals(0, r.exit(), r.out());
        assertEquals("""
                        JavaScript awaited asynclang: 42
                        asynclang awaited JavaScript: FROM A PROMISE
                        """, r.out());
    }
}
