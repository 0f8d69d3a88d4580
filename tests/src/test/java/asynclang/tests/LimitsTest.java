package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import asynclang.tests.LauncherTest.Run;

/**
 * LANGUAGE.md section 7 as a user meets it, through the asynclang command: limits are
 * language errors, launcher options of the GraalVM family work, and every door (odd files,
 * odd arguments) answers with one clear line. Nothing may show Java text.
 */
class LimitsTest {

    /** Every file a test writes goes here; JUnit deletes it after the class. */
    @org.junit.jupiter.api.io.TempDir
    static Path temp;

    private static Path script(String name, String text) throws Exception {
        Path dir = Files.createTempDirectory(temp, "limits");
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void assertNoJava(Run r) {
        String all = r.out() + r.err();
        assertFalse(all.matches("(?s).*\\b(java|jdk|com\\.oracle|org\\.graalvm|asynclang)\\.[a-z].*") || all.contains("Exception") || all.contains("\tat "), all);
    }

    @Test
    void unboundedAsyncRecursionIsACatchableStackOverflow() throws Exception {
        Path f = script("down.al", """
                        async fn down(n) { down(n + 1).await + 1 }
                        let r = try { down(0).await } catch e { "caught: " + e.message };
                        println(r);
                        down(0).await;
                        """);
        Run r = LauncherTest.asynclang("--vm.Xmx96m", f.toString());
        assertEquals("caught: stack overflow\n", r.out());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: stack overflow\n --> down.al:1:20\n"), r.err());
        assertTrue(r.err().contains("the frame above repeats many more times"), r.err());
        assertNoJava(r);
    }

    /**
     * A stack too small for the room a catch needs (a user's --vm.Xss512k: the launcher's own is
     * 64m) may leave the overflow uncatchable; it still ends as the language's report.
     */
    @Test
    void aSmallStackStillEndsInTheLanguagesReport() throws Exception {
        Path f = script("small.al", "fn g(n) { g(n + 1) }\nprintln(try { g(0) } catch e { e.message });\n");
        Run r = LauncherTest.asynclang("--vm.Xss512k", f.toString());
        if (r.exit() == 0) {
            assertEquals("stack overflow\n", r.out());
        } else {
            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().startsWith("error: stack overflow\n --> small.al:1:11\n"), r.err());
        }
        assertNoJava(r);
    }

    @Test
    void heapExhaustionIsOneLineNamingTheLimit() throws Exception {
        assertOutOfMemory("grow.al", "let l = [];\nloop { l.push([1, 2, 3, 4, 5, 6, 7, 8]); }\n", "96m", "192m");
    }

    @Test
    void heapExhaustedByATaskNobodyAwaitsIsReportedToo() throws Exception {
        // The main task holds the list and sleeps: the heap is still full when the error is
        // reported (closing the context fails), which once lost the report.
        assertOutOfMemory("grow_in_task.al", "let l = [];\nspawn(async { loop { l.push([1, 2, 3]); } });\nsleep(100s).await;\n", "64m", "128m");
    }

    /**
     * Small objects kept forever: the serial collector never throws OutOfMemoryError for them in
     * reasonable time (each full collection frees the few kilobytes the next allocations need:
     * 2 minutes at 512 MB), so the launcher's watch for back-to-back full collections of a full
     * old generation ends the run (~11 s here). The limit on the test is a hang detector.
     */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aHeapFullOfSmallObjectsIsReportedWithoutMinutesOfCollections() throws Exception {
        assertOutOfMemory("small.al", "let l = [];\nloop { l.push([1, 2, 3]); }\n", "512m", "1g");
    }

    /**
     * What the script printed before the heap ran out is kept, though the thrash watch stops
     * the JVM at once: the launcher, not the language, holds the buffered output (ScriptOutput).
     */
    @Test
    void outputPrintedBeforeTheHeapRanOutIsKept() throws Exception {
        Run r = LauncherTest.asynclang("--vm.Xmx128m", script("printed.al", "println(\"start\");\nlet l = [];\nloop { l.push([1, 2, 3]); }\n").toString());
        assertEquals(1, r.exit());
        assertEquals("error: out of memory (the heap limit is 128m; raise it with --vm.Xmx256m)\n", r.err());
        assertEquals("start\n", r.out());
    }

    /** Running {@code code} with the heap limit {@code xmx} ends in the one-line report, exit status 1. */
    private static void assertOutOfMemory(String name, String code, String xmx, String doubled) throws Exception {
        Run r = LauncherTest.asynclang("--vm.Xmx" + xmx, script(name, code).toString());
        assertEquals(1, r.exit());
        assertEquals("error: out of memory (the heap limit is " + xmx + "; raise it with --vm.Xmx" + doubled + ")\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void engineAndCompilerOptionsReachThePolyglotEngine() throws Exception {
        Path f = script("fib.al", "fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }\nprintln(fib(27));\n");
        Run r = LauncherTest.asynclang("--experimental-options", "--engine.BackgroundCompilation=false", "--engine.TraceCompilation=true",
                        "--compiler.TraceInlining=false", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("196418\n", r.out());
        assertTrue(r.err().contains("opt done") && r.err().contains("fib"), "engine option took effect:\n" + r.err());
        Run bad = LauncherTest.asynclang("--engine.NoSuchOption=1", f.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("error: ") && bad.err().contains("NoSuchOption"), bad.err());
    }

    @Test
    void vmOptionsGoToTheJavaVm() throws Exception {
        Path f = script("vm.al", "println(\"ok\");\n");
        Run r = LauncherTest.asynclang("--vm.Xmx200m", "--vm.Dunused.property=1", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("ok\n", r.out());
        Run bad = LauncherTest.asynclang("--vm.XX:NoSuchVmFlag", f.toString());
        assertFalse(bad.exit() == 0);
    }

    @Test
    void everyDoorAnswersWithOneClearLine() throws Exception {
        Path dir = Files.createTempDirectory(temp, "doors");
        Run directory = LauncherTest.asynclang(dir.toString());
        assertEquals(1, directory.exit());
        assertEquals("error: cannot read " + dir + ": is a directory\n", directory.err());

        Path empty = Files.createFile(dir.resolve("empty.al"));
        Run e = LauncherTest.asynclang(empty.toString());
        assertEquals(0, e.exit(), e.err());
        assertEquals("", e.out() + e.err());

        Path comments = Files.writeString(dir.resolve("comments.al"), "// nothing\n/* at /* all */ */\n");
        Run c = LauncherTest.asynclang(comments.toString());
        assertEquals(0, c.exit(), c.err());
        assertEquals("", c.out() + c.err());

        Path bad = dir.resolve("bad.al");
        Files.write(bad, new byte[]{'l', 'e', 't', ' ', 'x', ' ', '=', ' ', '"', (byte) 0xC3, '"', ';', '\n'});
        Run b = LauncherTest.asynclang(bad.toString());
        assertEquals(1, b.exit());
        assertTrue(b.err().startsWith("error: invalid UTF-8 in source\n --> bad.al:1:10\n"), b.err());
        // The column counts characters: the emoji before the bad byte is one, not two UTF-16 units.
        Path emoji = dir.resolve("emoji.al");
        Files.write(emoji, new byte[]{'"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '"', ' ', (byte) 0xFF, '\n'});
        Run m = LauncherTest.asynclang(emoji.toString());
        assertEquals(1, m.exit());
        assertTrue(m.err().startsWith("error: invalid UTF-8 in source\n --> emoji.al:1:5\n"), m.err());

        Path odd = Files.writeString(dir.resolve("odd name ü.al"), "println(args());\n");
        Run o = LauncherTest.asynclang(odd.toString(), "", "a b", "ü", "--not-an-option", "-x");
        assertEquals(0, o.exit(), o.err());
        assertEquals("[\"\", \"a b\", \"ü\", \"--not-an-option\", \"-x\"]\n", o.out());
        for (Run r : new Run[]{directory, e, c, b, o}) {
            assertNoJava(r);
        }
    }
}
