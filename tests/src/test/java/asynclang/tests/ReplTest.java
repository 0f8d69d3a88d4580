package asynclang.tests;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The REPL, typed into as a user would: through standard input ({@code -i}), and through a
 * pseudo-terminal (util-linux {@code script}) where JLine edits lines and Ctrl-C and Ctrl-D
 * are keys.
 */
class ReplTest {

    /** Every file a test writes goes here; JUnit deletes it after the class. */
    @org.junit.jupiter.api.io.TempDir
    static Path temp;

    @Test
    void aSessionThroughStandardInput() throws Exception {
        String input = """
                        let x = 40
                        x + 2
                        "hi"
                        fn twice(a) {
                          a * 2
                        }
                        twice(x)
                        let t = spawn(async { sleep(50ms).await; 7 });
                        t.await
                        let r = 1 / 0
                        let s = "a" +
                          "b"
                        s
                        async fn fetch(id) { sleep(10ms).await; id * 10 }
                        fetch(4).await
                        :explain fetch
                        :explain twice
                        :nope
                        let ch = channel();
                        ch.recv().await
                        exit(3)
                        """;
        LauncherTest.Run r = LauncherTest.asynclangWithInput(input, "-i");
        assertEquals(3, r.exit(), r.err());
        assertEquals("""
                        asynclang 0.1.0 (:help for help, Ctrl-D to leave)
                        > > 42
                        > "hi"
                        > ... ... > 80
                        > > 7
                        > > ... > "ab"
                        > > 40
                        > FetchFuture (async fn fetch, <repl-11>:1:1)
                          Start          created: nothing of the body has run yet
                          AwaitingSleep  suspended at <repl-11>:1:22 on `sleep(10ms).await`
                          Done           returned: the output is ready
                          Start -> AwaitingSleep -> Done
                        > twice is not async: a call runs it to the end at once, so it has no state machine
                        > unknown command :nope (:help lists the commands)
                        > > >\s""", r.out());
        assertTrue(r.err().startsWith("""
                        error: division by zero
                         --> <repl-8>:1:9
                          |
                        1 | let r = 1 / 0
                          |         ^^^^^
                            at <main> (<repl-8>:1:9)
                        error: deadlock: """), r.err());
    }

    /**
     * Heap exhaustion in the REPL is the same one line as for a script (it said "Java heap
     * space"), and the session goes on; the launcher's thrash watch does not end it.
     */
    // Without the optimizing runtime: the heap fills within the first second, while the Graal
    // compiler initializes on the same heap; when that initialization runs out of memory,
    // Truffle's runtime is broken for the rest of the process (every context access then fails
    // with "Compiler initialization failed"), which is not what this test is about.
    @Test
    void runningOutOfMemoryIsReportedAndTheSessionGoesOn() throws Exception {
        LauncherTest.Run r = LauncherTest.asynclangWithInput("let l = [];\nloop { l.push([1, 2, 3]); }\nl = nil;\n6 * 7\n", "--vm.Xmx128m",
                        "--vm.Dtruffle.UseFallbackRuntime=true", "--engine.WarnInterpreterOnly=false", "-i");
        assertEquals(0, r.exit(), r.err());
        assertEquals("error: out of memory (the heap limit is 128m; raise it with --vm.Xmx256m)\n", r.err());
        assertEquals("asynclang 0.1.0 (:help for help, Ctrl-D to leave)\n> > > > 42\n> ", r.out());
    }

    @Test
    void definitionsTracingAndHelp() throws Exception {
        String input = """
                        :help
                        :trace wake
                        sleep(1ms).await
                        :trace off
                        sleep(1ms).await
                        let f = |n| n + 1;
                        fn add(a, b) { a + b }
                        :bytecode add
                        f(1)
                        """;
        LauncherTest.Run r = LauncherTest.asynclangWithInput(input, "-i", "--virtual-time");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(":explain NAME"), r.out());
        assertTrue(r.out().contains("> tracing wake\n"), r.out());
        assertTrue(r.out().endsWith("> 2\n> "), r.out());
        assertTrue(r.out().contains("c.Add") && r.out().contains("load.argument") && !r.out().contains("tag."), "the bytecode of add, no tags: " + r.out());
        assertEquals(1, r.err().lines().filter(l -> l.contains("wake     task") && l.contains("(main) by timer")).count(), r.err());
    }

    /**
     * A terminal: a spawned ticker prints while the prompt waits; Ctrl-C interrupts an input (its
     * finally runs) and drops a line at the prompt, however fast it comes; Ctrl-D leaves.
     */
    @Test
    void aSessionOnATerminal() throws Exception {
        // script runs the command through $SHELL -c. A shell that stays as the REPL's parent (dash
        // does) is in the terminal's foreground group too, dies of the first Ctrl-C, and script
        // reports its death (exit 130): exec leaves only the REPL. SHELL is fixed to the shell
        // that does that, so the test runs the same everywhere.
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", "exec '" + GoldenScriptsTest.ROOT.resolve("asynclang") + "'", "/dev/null")
                        .directory(GoldenScriptsTest.ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("SHELL", "/bin/sh");
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        pb.environment().put("TERM", "xterm");
        pb.environment().put("HOME", java.nio.file.Files.createTempDirectory(temp, "repl-home").toString());
        Process p = pb.start();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> copy(p.getInputStream(), seen));
        pump.start();
        OutputStream keys = p.getOutputStream();
        try {
            waitFor(seen, "(:help for help, Ctrl-D to leave)", 0, 60);
            Thread.sleep(500);
            int mark = type(keys, seen, "spawn(async { loop { sleep(200ms).await; println(\"tick\"); } });\r");
            int firstTick = waitFor(seen, "tick", mark, 20);
            waitFor(seen, "tick", firstTick + 4, 20);
            mark = type(keys, seen, "try { sleep(1h).await } finally { println(\"cleanup\") }\r");
            Thread.sleep(1000);
            type(keys, seen, "\u0003");
            int cleanup = waitFor(seen, "cleanup", mark, 20);
            waitFor(seen, "interrupted", cleanup, 20);
            mark = type(keys, seen, "[1,\r");
            type(keys, seen, "2]\r");
            waitFor(seen, "[1, 2]", mark + 4, 20);
            // Ctrl-C held down at the prompt: every one drops the line, none ends the REPL.
            for (int i = 0; i < 150; i++) {
                keys.write(3);
                keys.flush();
                Thread.sleep(5);
            }
            // Each Ctrl-C is a signal, handled apart from the keys typed: on a busy machine the last
            // ones were still being handled while "6" was typed, and cleared it (" * 7" was then an
            // error). Type once the terminal has stopped echoing them, and again if a late one
            // still cleared the line: what counts is that the REPL is alive and evaluates.
            settle(seen, 1000, 20);
            assertTrue(evaluates(keys, seen, "6 * 7\r", "42", 3), "the REPL did not answer 6 * 7 after the Ctrl-Cs:\n" + text(seen));
            type(keys, seen, "\u0004");
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "Ctrl-D did not end the REPL: " + text(seen));
            assertEquals(0, p.exitValue(), text(seen));
        } finally {
            p.destroyForcibly();
        }
        pump.join(5000);
    }

    /** Types {@code line} until {@code answer} follows it, at most {@code attempts} times. */
    private static boolean evaluates(OutputStream keys, ByteArrayOutputStream seen, String line, String answer, int attempts) throws Exception {
        for (int i = 0; i < attempts; i++) {
            int mark = type(keys, seen, line);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < until) {
                String t = text(seen);
                if (t.indexOf(answer, mark) >= 0) {
                    return true;
                }
                if (t.indexOf("error:", mark) >= 0) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        return false;
    }

    /**
     * Waits (at most {@code seconds}) until the terminal has echoed no Ctrl-C ({@code ^C}) for
     * {@code quietMillis}: the ticks of the background task go on meanwhile.
     */
    private static void settle(ByteArrayOutputStream seen, long quietMillis, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int count = -1;
        long since = System.nanoTime();
        while (System.nanoTime() < until) {
            int now = text(seen).split("\\^C", -1).length;
            if (now != count) {
                count = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since >= TimeUnit.MILLISECONDS.toNanos(quietMillis)) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Types {@code text}; returns how much output there was before. */
    private static int type(OutputStream keys, ByteArrayOutputStream seen, String text) throws Exception {
        int before = text(seen).length();
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(200);
        return before;
    }

    /** Waits until {@code text} appears at or after {@code from}; returns where. */
    private static int waitFor(ByteArrayOutputStream seen, String text, int from, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            int at = text(seen).indexOf(text, from);
            if (at >= 0) {
                return at;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never saw `" + text + "` after offset " + from + " in:\n" + text(seen));
    }

    private static String text(ByteArrayOutputStream seen) {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                synchronized (to) {
                    to.write(buffer, 0, n);
                }
            }
        } catch (java.io.IOException e) {
            // The process ended.
        }
    }
}
