package asynclang.tests;

import static asynclang.tests.LauncherTest.asynclang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A child of {@code process.run} does not outlive the script, however the script ends. */
class ChildProcessTest {

    /**
     * exit(code) ends the program without cancelling its tasks (their finally blocks do not run),
     * but a child still running is killed, as when the main task ends or an error is uncaught.
     */
    @Test
    void exitKillsTheChildrenStillRunning() throws Exception {
        Path dir = Files.createTempDirectory("child");
        Path marker = dir.resolve("late");
        LauncherTest.Run r = asynclang("-e", """
                        import std.process;
                        spawn(process.run("sh", ["-c", "sleep 0.8; echo late > '%s'"]));
                        sleep(200ms).await;
                        exit(3);
                        """.formatted(marker));
        assertEquals(3, r.exit(), r.err());
        assertEquals("", r.err());
        // A child left running would write the marker 0.6 s after the exit.
        Thread.sleep(1500);
        assertFalse(Files.exists(marker), "the child outlived the script");
        Files.delete(dir);
    }
}
