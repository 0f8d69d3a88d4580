package asynclang.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The fuzz property itself, on outcomes written by hand. */
class VerdictTest {

    private static Verdict judge(String stdout, String stderr, int exit) {
        return Verdict.judge(new CaseRunner.Outcome(stdout, stderr, exit, false, false, null, 1), Verdict.Leeway.GENERATED);
    }

    @Test
    void allowsCompletionErrorReportsWarningsAndDeadlocks() {
        assertNull(judge("1\n", "", 0));
        assertNull(judge("", """
                        error: unknown map key "a"
                         --> case.al:2:11
                          |
                        2 | println(m.a);
                          |           ^
                            at <main> (case.al:2:11)
                        """, 1));
        assertNull(judge("", """
                        warning: case.al:4:1: future returned by hello() is never awaited; its body will not run
                        error: a
                        b
                         --> case.al:1:1
                          |
                        1 | throw "a\\nb";
                          | ^^^^^^^^^^^^^
                            at f (case.al:1:1)
                            ... the frame above repeats many more times
                        """, 1));
        assertNull(judge("", """
                        error: deadlock: every task is waiting and nothing can wake any of them
                          task 1 (main) suspended at case.al:7:1 in main, awaiting `ch.recv()` (channel receive)
                        """, 2));
    }

    @Test
    void rejectsJavaLeaksMissingLocationsAndBadExits() {
        assertEquals("java leak", judge("", "java.lang.IllegalArgumentException: Invalid source section bounds.\n", 1).kind());
        assertEquals("java leak", judge("caught NullPointerException\n", "", 0).kind());
        assertEquals("java leak", judge("", "error: cannot read case.al: Input length = 1\n", 1).kind());
        assertEquals("java leak", judge("", "error: x\n --> case.al:1:1\n\tat asynclang.language.Foo.bar(Foo.java:12)\n", 1).kind());
        assertEquals("internal error", judge("", "internal error: boom\n", 70).kind());
        assertEquals("no location", judge("", "error: float literal `1e999` is out of range\n", 1).kind());
        assertEquals("bad exit", judge("", "", 2).kind());
        assertEquals("bad exit", judge("", "", 1).kind());
        assertEquals("bad frame", judge("", "error: x\n --> case.al:1:1\n    at foo\n", 1).kind());
        assertNotNull(Verdict.judge(new CaseRunner.Outcome("", "", -1, true, false, null, 1), Verdict.Leeway.GENERATED));
    }

    @Test
    void aLineCutByTheCaptureCapIsNoEvidence() {
        assertNull(judge("", "error: stack overflow\n --> case.al:1:1\n    at f (case.al:1:1)\n    at is" + CaseRunner.TRUNCATED, 1));
    }

    @Test
    void sameBugSameKey() {
        assertEquals(judge("", "error: cannot read c1/case.al: Input length = 1\n", 1).key(), judge("", "error: cannot read c22/case.al: Input length = 3\n", 1).key());
    }
}
