package asynclang.stdlib.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;

/**
 * The reader's errors: every malformed text gives {@code invalid JSON at line L, column C: WHAT}
 * in the script's words, never a Jackson message or another exception.
 */
class JsonReaderTest {

    private static final Pattern MESSAGE = Pattern.compile("invalid JSON at line [1-9][0-9]*, column [1-9][0-9]*: [a-z][^\\n]*");
    /** Words of Jackson's messages that must not reach a script. */
    private static final List<String> JACKSON = List.of("Jackson", "code ", "Feature", "marker", "REDACTED", "token", "end-of-input", "CTRL-CHAR", "ALLOW_", "Source");

    private static final String DOCUMENT = """
                    {"name": "al", "list": [1, -2.5e3, true, false, null, "a\\"b\\\\c\\u00e9\\ud83d\\ude00"],
                     "nested": {"empty": {}, "none": [], "big": 123456789012345678901234567890}}
                    """;

    @Test
    void everyMutationIsParsedOrWordedForTheScript() {
        String[] inserts = {"{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", ".", "e", "x", " ", "\n", "\u0001", "\uFEFF", "'", "/", "\\u", "\\ud800"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i <= DOCUMENT.length(); i++) {
            texts.add(DOCUMENT.substring(0, i));
            if (i < DOCUMENT.length()) {
                texts.add(DOCUMENT.substring(0, i) + DOCUMENT.substring(i + 1));
            }
            for (String s : inserts) {
                texts.add(DOCUMENT.substring(0, i) + s + DOCUMENT.substring(i));
            }
        }
        int errors = 0;
        for (String text : texts) {
            try {
                JsonReader.read(text);
            } catch (JsonError e) {
                errors++;
                String m = e.getMessage();
                assertTrue(MESSAGE.matcher(m).matches(), () -> "for " + text + ": " + m);
                for (String word : JACKSON) {
                    assertTrue(!m.contains(word), () -> "for " + text + ": " + m);
                }
            } catch (RuntimeException e) {
                fail("for " + text + ": " + e, e);
            }
        }
        assertTrue(errors > texts.size() / 2, "most mutations are errors: " + errors + " of " + texts.size());
    }

    @Test
    void linesAndColumns() {
        assertError("invalid JSON at line 1, column 1: unexpected end of input", "");
        assertError("invalid JSON at line 3, column 3: invalid value 'x'", "[\n 1,\n  x]");
        assertError("invalid JSON at line 3, column 3: invalid value 'x'", "[\r\n 1,\r\n  x]");
        assertError("invalid JSON at line 3, column 3: invalid value 'x'", "[\r 1,\r  x]");
        // Columns count characters: an emoji is one.
        assertError("invalid JSON at line 1, column 7: invalid value 'x'", "[\"😀\", x]");
        // A byte order mark is skipped and not counted.
        assertError("invalid JSON at line 1, column 2: invalid value 'x'", "\uFEFF[x]");
        assertError("invalid JSON at line 2, column 4: unterminated string", "[1,\n   \"abc");
    }

    @Test
    void values() {
        Object v = JsonReader.read(DOCUMENT);
        AlMap m = (AlMap) v;
        assertEquals(List.of("name", "list", "nested"), new ArrayList<>(m.entries.keySet()));
        AlList list = (AlList) m.get("list");
        assertEquals(-2500.0, list.get(1));
        assertEquals("a\"b\\c\u00e9\ud83d\ude00", list.get(5));
        assertEquals("123456789012345678901234567890", ((AlMap) m.get("nested")).get("big").toString());
    }

    @Test
    void deepInputUsesNoJavaStack() {
        int n = 1_000_000;
        String text = "[".repeat(n) + "]".repeat(n);
        Object v = JsonReader.read(text);
        assertEquals(text, JsonWriter.write(v, 0));
        assertError("invalid JSON at line 1, column " + (n + 1) + ": unexpected end of input", "[".repeat(n));
    }

    private static void assertError(String expected, String text) {
        try {
            JsonReader.read(text);
            fail("parsed: " + text);
        } catch (JsonError e) {
            assertEquals(expected, e.getMessage());
        }
    }
}
