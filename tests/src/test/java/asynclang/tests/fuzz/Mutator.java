package asynclang.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Byte-level mutations of the project's own scripts ({@code tests/scripts/**}{@code /*.al},
 * {@code examples/*.al}): truncation, token deletion/duplication/swap, invalid UTF-8, NUL
 * bytes, very long lines, huge numeric literals, stray bytes, lines spliced in from another
 * script.
 *
 * <p>A mutant may loop for ever (delete the increment of a loop counter, make a loop bound
 * huge), so a timeout of one is a finding only if compiling alone already hangs.
 */
final class Mutator {

    enum Kind {
        TRUNCATE, DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, INVALID_UTF8, NUL_BYTE, LONG_LINE, HUGE_NUMBER, STRAY_BYTE, SPLICE_LINE
    }

    /** One seed script. */
    record Seed(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Mutant(Seed seed, List<Kind> kinds, byte[] bytes) {
        @Override
        public String toString() {
            return seed.name + " " + kinds;
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
                    "\"(?:\\\\.|[^\"\\\\\\n])*\"|[A-Za-z_][A-Za-z0-9_]*|\\d[\\w.]*|\\.\\.=?|[=!<>+\\-*/%]=|&&|\\|\\||[^\\s]");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\w.]*");
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE, (byte) 0xFF}};

    static List<Seed> seeds(Path root) {
        List<Seed> seeds = new ArrayList<>();
        for (Path dir : List.of(root.resolve("tests/scripts"), root.resolve("examples"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".al") && !p.toString().contains("/_lib/")).sorted().toList()) {
                    seeds.add(new Seed(root.relativize(p).toString(), Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    private final Random r;
    private final List<Seed> all;

    Mutator(long seed, List<Seed> all) {
        this.r = new Random(seed);
        this.all = all;
    }

    Mutant mutate(Seed seed, int count) {
        byte[] bytes = seed.bytes();
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind k = Kind.values()[r.nextInt(Kind.values().length)];
            kinds.add(k);
            bytes = apply(k, bytes);
        }
        return new Mutant(seed, kinds, bytes);
    }

    private byte[] apply(Kind kind, byte[] b) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        return switch (kind) {
            case TRUNCATE -> java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
            case DELETE_TOKEN -> tokenEdit(text, (t, s) -> replace(s, t, ""));
            case DUPLICATE_TOKEN -> tokenEdit(text, (t, s) -> replace(s, t, t.group() + (r.nextBoolean() ? " " : "") + t.group()));
            case SWAP_TOKENS -> swap(text);
            case INVALID_UTF8 -> insert(b, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            case NUL_BYTE -> insert(b, new byte[] {0});
            case STRAY_BYTE -> insert(b, new byte[] {(byte) pickChar("#@$`~\\?'\u0001\u001b\u007f\r\t")});
            case LONG_LINE -> insertLine(text, longLine());
            case HUGE_NUMBER -> hugeNumber(text);
            case SPLICE_LINE -> splice(text);
        };
    }

    private interface TokenEdit {
        String edit(Matcher token, String text);
    }

    private byte[] tokenEdit(String text, TokenEdit edit) {
        List<int[]> spans = spans(text);
        if (spans.isEmpty()) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        Matcher m = TOKEN.matcher(text);
        m.find(span[0]);
        return edit.edit(m, text).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String replace(String text, Matcher token, String with) {
        return text.substring(0, token.start()) + with + text.substring(token.end());
    }

    private byte[] swap(String text) {
        List<int[]> spans = spans(text);
        if (spans.size() < 2) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        int i = r.nextInt(spans.size());
        int j = Math.min(spans.size() - 1, i + 1 + r.nextInt(3));
        if (i == j) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        int[] a = spans.get(i);
        int[] c = spans.get(j);
        String result = text.substring(0, a[0]) + text.substring(c[0], c[1]) + text.substring(a[1], c[0]) + text.substring(a[0], a[1]) + text.substring(c[1]);
        return result.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private byte[] insert(byte[] b, byte[] what) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private byte[] insertLine(String text, String line) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        int at = starts.get(r.nextInt(starts.size()));
        return (text.substring(0, at) + line + "\n" + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private String longLine() {
        int n = 5_000 + r.nextInt(60_000);
        return switch (r.nextInt(5)) {
            case 0 -> "// " + "x".repeat(n);
            case 1 -> "let long_s = \"" + "a".repeat(n) + "\"; println(len(long_s));";
            // At most a few thousand terms: a longer chain is deep nesting (deepNesting covers it),
            // and its compile alone costs seconds, which a busy test JVM turns into false timeouts.
            case 2 -> "let long_e = " + "1 + ".repeat(n / 20) + "1; println(long_e);";
            case 3 -> "let " + "n".repeat(n) + " = 1;";
            default -> "println(" + "[".repeat(Math.min(n, 2000)) + "]".repeat(Math.min(n, 2000)) + ");";
        };
    }

    private byte[] hugeNumber(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String huge = switch (r.nextInt(7)) {
            case 0 -> "9".repeat(20 + r.nextInt(20_000));
            case 1 -> "1e" + "9".repeat(1 + r.nextInt(12));
            case 2 -> "0x" + "f".repeat(17 + r.nextInt(5000));
            case 3 -> "9".repeat(30) + pick("ms", "s", "ns", "h", "m");
            case 4 -> "1" + "0".repeat(400) + ".5";
            case 5 -> "0." + "0".repeat(400) + "1e-400";
            default -> "18446744073709551616";
        };
        if (spans.isEmpty()) {
            return insertLine(text, "println(" + huge + ");");
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return (text.substring(0, s[0]) + huge + text.substring(s[1])).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] splice(String text) {
        Seed other = all.get(r.nextInt(all.size()));
        String[] lines = new String(other.bytes(), StandardCharsets.ISO_8859_1).split("\n");
        return insertLine(text, lines[r.nextInt(lines.length)]);
    }

    private String pick(String... xs) {
        return xs[r.nextInt(xs.length)];
    }

    private char pickChar(String chars) {
        return chars.charAt(r.nextInt(chars.length()));
    }
}
