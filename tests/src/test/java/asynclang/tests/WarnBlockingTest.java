package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code --warn-blocking}: its durations are real time, so the text is checked loosely. */
class WarnBlockingTest {

    @Test
    void aLongPollIsReportedWithTheTaskAndWhereItResumed() throws Exception {
        Path script = Files.createTempFile("blocking", ".al");
        Files.writeString(script, """
                        async fn cruncher() {
                            sleep(1ms).await;
                            let s = 0;
                            for i in 0..200000 { s += i; }
                            s
                        }
                        println(spawn(cruncher()).await);
                        """);
        GoldenScriptsTest.Result r = GoldenScriptsTest.run("--virtual-time", "--warn-blocking=1ns", script.toString());
        Files.delete(script);
        assertEquals(0, r.exit(), r.err());
        assertEquals("19999900000\n", r.out());
        assertTrue(r.err().contains("warning: task 2 (cruncher) blocked the executor for "), r.err());
        assertTrue(r.err().contains("after resuming at " + script.getFileName() + ":2:5"), r.err());
    }

    @Test
    void aGenerousLimitStaysQuiet() throws Exception {
        Path script = Files.createTempFile("quiet", ".al");
        Files.writeString(script, "sleep(1s).await;\nprintln(\"done\");\n");
        GoldenScriptsTest.Result r = GoldenScriptsTest.run("--virtual-time", "--warn-blocking=1h", script.toString());
        Files.delete(script);
        assertEquals("done\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aBadDurationIsRejected() {
        GoldenScriptsTest.Result r = GoldenScriptsTest.run("--warn-blocking=soon", "x.al");
        assertEquals(1, r.exit());
        assertEquals("error: --warn-blocking needs a duration such as 100ms or 1.5s, got `soon`\n", r.err());
    }
}
