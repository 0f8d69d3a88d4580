package asynclang.tests.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import asynclang.launcher.Main;

/**
 * A Java exception inside the language (a bug) fails the task it happens in, as an ordinary,
 * catchable error marked {@code internal error} at the asynclang location, and never reaches
 * the user as Java text (LANGUAGE.md section 7).
 */
class InternalErrorTest {

    private static final String MESSAGE = "internal error: asynclang failed here (a bug in asynclang, not in the script; ASYNCLANG_DEBUG=1 shows the Java details)";

    record Run(int status, String out, String err) {
    }

    private static Run run(String script) throws Exception {
        Path file = Files.createTempFile("fault", ".al");
        Files.writeString(file, script);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[]{file.toString()}, new ByteArrayInputStream(new byte[0]), out, err);
        Files.delete(file);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inTheMainTaskItIsAnUncaughtErrorWithALocation() throws Exception {
        Run r = run("println(\"before\");\nlet x = java_fault(\"boom\");\n");
        assertEquals(1, r.status());
        assertEquals("before\n", r.out());
        assertTrue(r.err().startsWith("error: " + MESSAGE + "\n"), r.err());
        assertTrue(r.err().contains(":2:9\n"), "located at the call: " + r.err());
        assertFalse(r.err().contains("java.") || r.err().contains("Exception"), r.err());
    }

    @Test
    void inASpawnedTaskItFailsThatTaskOnlyAndCanBeCaught() throws Exception {
        Run r = run("""
                        let t = spawn(async { sleep(1ms).await; java_fault("in a task") });
                        let other = spawn(async { sleep(5ms).await; "other task done" });
                        let caught = try { t.await } catch e { e.message };
                        println(caught);
                        println(other.await);
                        """);
        assertEquals(0, r.status(), r.err());
        assertEquals(MESSAGE + "\nother task done\n", r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
