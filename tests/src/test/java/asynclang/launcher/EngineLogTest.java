package asynclang.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The engine's log reaches standard error line by line, without the Graal compiler's notice of
 * systemic compilation failure (on a full heap it came before the one-line out-of-memory
 * report; LimitsTest), unless ASYNCLANG_DEBUG is set.
 */
class EngineLogTest {

    private static final String NOTICE = EngineLog.SYSTEMIC_FAILURE + ": 2 of 3 (66%) of compilations failed during last 6597 ms"
                    + " [max rate set by SystemicCompilationFailureRate is 1%]. To disable systemic compilation failure detection, set SystemicCompilationFailureRate to 0.\n";

    private static String through(boolean debug, String... writes) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (EngineLog log = new EngineLog(err, debug)) {
            for (String w : writes) {
                byte[] bytes = w.getBytes(StandardCharsets.UTF_8);
                log.write(bytes, 0, bytes.length);
            }
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSystemicFailureNoticeIsWithheldAndEverythingElsePasses() throws IOException {
        String trace = "[engine] opt done   id=121   fib |Tier 1\n";
        // The notice arrives in pieces, as a stream may write it; the last line has no newline.
        String out = through(false, trace, NOTICE.substring(0, 20), NOTICE.substring(20), "[engine] WARNING: über\n", "last");
        assertEquals(trace + "[engine] WARNING: über\nlast", out);
    }

    @Test
    void asynclangDebugKeepsTheNotice() throws IOException {
        assertEquals(NOTICE, through(true, NOTICE));
    }
}
