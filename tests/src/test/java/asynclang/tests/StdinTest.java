package asynclang.tests;

import static asynclang.tests.LauncherTest.asynclangWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code std.io} on a real standard input (LANGUAGE.md 5.4): a pipe the test writes to while
 * the script reads, so a read can be cancelled before its input arrives. The script says when
 * it is waiting (its output is flushed whenever the executor waits), and the test writes only
 * then: no sleeps decide the outcome.
 */
class StdinTest {

    /** Runs {@code source}; {@code talk} reads its output lines and writes its input. */
    private static String converse(String source, Talk talk) throws Exception {
        Path script = Files.createTempFile("stdin", ".al");
        Files.writeString(script, source);
        ProcessBuilder pb = new ProcessBuilder(GoldenScriptsTest.ROOT.resolve("asynclang").toString(), script.toString())
                        .directory(GoldenScriptsTest.ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                        OutputStream in = p.getOutputStream()) {
            StringBuilder seen = new StringBuilder();
            talk.run(expected -> {
                String line = out.readLine();
                seen.append(line).append('\n');
                assertEquals(expected, line, seen.toString());
            }, text -> {
                in.write(text.getBytes(StandardCharsets.UTF_8));
                in.flush();
            });
            in.close();
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "asynclang did not finish");
            assertEquals(0, p.exitValue(), seen.toString());
            return seen.toString();
        } finally {
            p.destroyForcibly();
            Files.delete(script);
        }
    }

    interface Talk {
        void run(Expect expect, Send send) throws Exception;
    }

    interface Expect {
        void line(String expected) throws Exception;
    }

    interface Send {
        void text(String text) throws Exception;
    }

    /** Half a line arrives, the read times out, the rest arrives: the next read has the whole line. */
    @Test
    void aReadThatTimesOutLosesNothing() throws Exception {
        String rest = converse("""
                        import std.io;
                        println("ready");
                        try { timeout(200ms, io.read_line()).await; } catch e { println(e.message); }
                        println(io.read_line().await);
                        println(io.read_line().await);
                        println(io.read_line().await);
                        """, (expect, send) -> {
            expect.line("ready");
            send.text("hal");
            expect.line("timeout after 200ms");
            send.text("f\nsecond\n");
        });
        assertEquals("ready\ntimeout after 200ms\nhalf\nsecond\nnil\n", rest);
    }

    /** read_all cut short by a timeout, then again: everything, including what came before the cut. */
    @Test
    void readAllAfterATimeoutHasEverything() throws Exception {
        String rest = converse("""
                        import std.io;
                        import std.json;
                        println("ready");
                        try { timeout(200ms, io.read_all()).await; } catch e { println(e.message); }
                        println(json.stringify(io.read_all().await));
                        """, (expect, send) -> {
            expect.line("ready");
            send.text("a\n");
            expect.line("timeout after 200ms");
            send.text("b\n");
        });
        assertEquals("ready\ntimeout after 200ms\n\"a\\nb\\n\"\n", rest);
    }

    /** Every read races a yield and most lose; each line still comes out once, in order. */
    @Test
    void readsCancelledOverAndOverLoseNoLine() throws Exception {
        StringBuilder input = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            input.append("line ").append(i).append('\n');
            expected.append("line ").append(i).append('\n');
        }
        LauncherTest.Run r = asynclangWithInput(input.toString(), "-e", """
                        import std.io;
                        loop {
                            let won = select(io.read_line(), yield_now()).await;
                            if won.index == 0 {
                                if won.value == nil { break; }
                                println(won.value);
                            }
                        }
                        """);
        assertEquals("", r.err());
        assertEquals(expected.toString(), r.out());
    }

    /** Lines end at \n or \r\n, as conn.read_line() and fs.lines() read them; a lone \r is text. */
    /** Standard input that cannot be read (a directory) is an Error in the language's words. */
    @Test
    void unreadableStandardInputIsAnErrorInPlainWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // Java cannot open a directory as a process's input; the shell can.
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec \"$0\" -e \"$1\" < \"$2\"", GoldenScriptsTest.ROOT.resolve("asynclang").toString(),
                        "import std.io;\nprintln(try { io.read_line().await } catch e { e.message });", dir.toString());
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        assertEquals("cannot read standard input: is a directory\n", out);
    }

    /**
     * A read that timed out no longer counts as a wait on standard input: with the input still
     * open (nothing closes it here), a deadlock among the other tasks is reported at once.
     */
    @Test
    void aCancelledReadDoesNotHideADeadlock() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(GoldenScriptsTest.ROOT.resolve("asynclang").toString(), "-e", """
                        import std.io;
                        println(try { timeout(50ms, io.read_line()).await } catch e { e.message });
                        channel().recv().await;
                        """).redirectErrorStream(true);
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process p = pb.start();
        try (OutputStream stdinKeptOpen = p.getOutputStream()) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "asynclang did not finish");
            assertEquals(2, p.exitValue(), out);
            assertTrue(out.startsWith("timeout after 50ms\nerror: deadlock:"), out);
        } finally {
            p.destroyForcibly();
        }
    }

    /** A line far longer than a read's chunk, with characters cut between chunks, comes out whole. */
    @Test
    void aLongLineOfWideCharactersComesOutWhole() throws Exception {
        String line = "\u20ac".repeat(100_000) + "\uD83D\uDE00".repeat(10_000);
        LauncherTest.Run r = asynclangWithInput(line + "\nnext", "-e", """
                        import std.io;
                        let l = io.read_line().await;
                        println(len(l), l.chars()[0], l.chars()[len(l) - 1], io.read_line().await);
                        """);
        assertEquals("", r.err());
        assertEquals("110000 \u20ac \uD83D\uDE00 next\n", r.out());
    }

    @Test
    void aLoneCarriageReturnIsPartOfTheLine() throws Exception {
        LauncherTest.Run r = asynclangWithInput("a\rb\r\nx\r\r\nlast", "-e", """
                        import std.io;
                        import std.json;
                        let line = io.read_line().await;
                        while line != nil { println(json.stringify(line)); line = io.read_line().await; }
                        """);
        assertEquals("", r.err());
        assertEquals("\"a\\rb\"\n\"x\\r\"\n\"last\"\n", r.out());
    }
}
