package asynclang.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The fuzz harness's own bounds: a case that fills the shared heap is stopped, and the heap comes
 * back; a case that runs past its bound stops when cancelled, even one that never loops.
 */
class CaseRunnerTest {

    @Test
    void aCaseThatFillsTheHeapIsStoppedAndItsMemoryFreed() throws Exception {
        CaseRunner runner = new CaseRunner(Files.createTempDirectory("al-runner"), 120_000);
        String grows = "let l = []; let s = \"\"; for i in 0..4096 { s += \"x\"; } loop { l.push(s + \"y\"); }";
        CaseRunner.Outcome o = runner.run(grows.getBytes(StandardCharsets.UTF_8), null, false);
        assertTrue(o.timedOut() && o.heapFull(), o.toString());
        assertFalse(o.stuck(), "the worker stopped when its Context was cancelled");
        assertEquals("stopped holding half the heap", Verdict.judge(o, Verdict.Leeway.GENERATED).evidence());
        // The outcome is still held here: it must not keep the cancelled script's frames.
        System.gc();
        Runtime rt = Runtime.getRuntime();
        assertTrue(rt.totalMemory() - rt.freeMemory() < rt.maxMemory() / 4, "the cancelled case's list was collected");
        CaseRunner.Outcome next = runner.run("println(1 + 1);".getBytes(StandardCharsets.UTF_8), null, false);
        assertEquals("2\n", next.stdout());
    }

    /**
     * A recursion that catches its own stack overflow at every level: the cancel's unwinding
     * overflows the stack again, and that overflow must not become an error the script catches.
     */
    @Test
    void aRecursionThatNeverLoopsStopsWhenCancelled() throws Exception {
        CaseRunner runner = new CaseRunner(Files.createTempDirectory("al-runner"), 500);
        for (String program : new String[] {
                        "fn f(n) { try { f(n + 1) } catch e { f(n + 1) } }\nf(0);\n",
                        "fn f(n) { try { f(n + 1) } catch e { 0 }; f(n + 1) }\nf(0);\n"}) {
            CaseRunner.Outcome o = runner.run(program.getBytes(StandardCharsets.UTF_8), null, false);
            assertTrue(o.timedOut(), o.toString());
            assertFalse(o.stuck(), "the worker stopped when its Context was cancelled: " + program);
        }
    }
}
