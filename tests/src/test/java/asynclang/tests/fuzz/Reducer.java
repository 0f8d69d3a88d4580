package asynclang.tests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks a failing input while it keeps failing the same way: delta debugging (ddmin) over
 * lines, then over tokens. Works on bytes (read as ISO-8859-1, one char per byte), so inputs
 * that are not valid UTF-8 keep their bad bytes.
 */
final class Reducer {

    private static final Pattern TOKEN = Pattern.compile(
                    "\\s+|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|[A-Za-z_][A-Za-z0-9_]*|\\d[\\w.]*|\\.\\.=?|[=!<>+\\-*/%]=|&&|\\|\\||(?s).");

    private final Predicate<byte[]> stillFails;
    private int runsLeft;
    private final long deadline;

    private Reducer(Predicate<byte[]> stillFails, int maxRuns, long maxMillis) {
        this.stillFails = stillFails;
        this.runsLeft = maxRuns;
        this.deadline = System.currentTimeMillis() + maxMillis;
    }

    /** The smallest input found that {@code stillFails}, within {@code maxRuns} runs and {@code maxMillis}. */
    static byte[] reduce(byte[] input, Predicate<byte[]> stillFails, int maxRuns, long maxMillis) {
        Reducer r = new Reducer(stillFails, maxRuns, maxMillis);
        String text = new String(input, StandardCharsets.ISO_8859_1);
        text = r.ddmin(lines(text));
        text = r.ddmin(tokens(text));
        text = r.ddmin(lines(text));
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String ddmin(List<String> units) {
        int n = 2;
        while (units.size() >= 2 && budget()) {
            int chunk = (units.size() + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < units.size() && budget(); start += chunk) {
                List<String> candidate = new ArrayList<>(units.subList(0, start));
                candidate.addAll(units.subList(Math.min(units.size(), start + chunk), units.size()));
                if (test(candidate)) {
                    units = candidate;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= units.size()) {
                    break;
                }
                n = Math.min(units.size(), n * 2);
            }
        }
        return String.join("", units);
    }

    private boolean budget() {
        return runsLeft > 0 && System.currentTimeMillis() < deadline;
    }

    private boolean test(List<String> units) {
        runsLeft--;
        return stillFails.test(String.join("", units).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
