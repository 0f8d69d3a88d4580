package asynclang.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The fuzz harness's own bounds: a case that fills the shared heap is stopped, and the heap comes back. */
class CaseRunnerTest {

    @Test
    void aCaseThatFillsTheHeapIsStoppedAndItsMemoryFreed() throws Exception {
        CaseRunner runner = new CaseRunner(Files.createTempDirectory("al-runner"), 120_000);
        String grows = "let l = []; let s = \"\"; for i in 0..4096 { s += \"x\"; } loop { l.push(s + \"y\"); }";
        CaseRunner.Outcome o = runner.run(grows.getBytes(StandardCharsets.UTF_8), null, false);
        assertTrue(o.timedOut() && o.heapFull(), o.toString());
        assertFalse(o.stuck(), "the worker stopped when its Context was cancelled");
        assertEquals("stopped holding half the heap", Verdict.judge(o, Verdict.Leeway.GENERATED).evidence());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        assertTrue(rt.totalMemory() - rt.freeMemory() < rt.maxMemory() / 4, "the cancelled case's list was collected");
        CaseRunner.Outcome next = runner.run("println(1 + 1);".getBytes(StandardCharsets.UTF_8), null, false);
        assertEquals("2\n", next.stdout());
    }
}
