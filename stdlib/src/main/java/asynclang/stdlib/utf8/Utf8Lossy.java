package asynclang.stdlib.utf8;

import java.nio.charset.StandardCharsets;

/**
 * Bytes to text as Rust's {@code String::from_utf8_lossy} makes it: each maximal part of a
 * malformed sequence (Unicode's "substitution of maximal subparts") becomes one U+FFFD. The
 * JDK's decoder does the same except for an encoded surrogate ({@code ED A0 80}), which it
 * replaces as one where Rust, Python and the WHATWG decoder see three bad bytes.
 */
public final class Utf8Lossy {

    private Utf8Lossy() {
    }

    public static String decode(byte[] b, int offset, int length) {
        String fast = new String(b, offset, length, StandardCharsets.UTF_8);
        // Well-formed input (nearly always) has no U+FFFD it did not spell out; only then can the
        // JDK's count of replacements differ from Rust's.
        return fast.indexOf('\uFFFD') < 0 ? fast : slow(b, offset, length);
    }

    public static String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    private static String slow(byte[] b, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                out.append((char) lead);
                i++;
                continue;
            }
            int size = length(lead);
            int have = 1;
            int cp = size == 2 ? lead & 0x1F : size == 3 ? lead & 0x0F : lead & 0x07;
            while (have < size && i + have < end && fits(lead, have, b[i + have] & 0xFF)) {
                cp = (cp << 6) | (b[i + have] & 0x3F);
                have++;
            }
            if (size > 0 && have == size) {
                out.appendCodePoint(cp);
            } else {
                out.append('\uFFFD'); // the lead and the continuation bytes that fitted: one maximal subpart
            }
            i += have;
        }
        return out.toString();
    }

    /** How many bytes a character begun by {@code lead} (not ASCII) takes; 0 if it can begin none. */
    static int length(int lead) {
        return lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /** Whether byte {@code at} (1-3) of a character begun by {@code lead} may be {@code b}. */
    static boolean fits(int lead, int at, int b) {
        if (at == 1) {
            return switch (lead) {
                case 0xE0 -> b >= 0xA0 && b <= 0xBF;
                case 0xED -> b >= 0x80 && b <= 0x9F;
                case 0xF0 -> b >= 0x90 && b <= 0xBF;
                case 0xF4 -> b >= 0x80 && b <= 0x8F;
                default -> b >= 0x80 && b <= 0xBF;
            };
        }
        return b >= 0x80 && b <= 0xBF;
    }
}
