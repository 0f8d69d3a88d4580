package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A string seen as code points (what {@code s[i]}, {@code s[a..b]} and {@code len(s)} count),
 * without converting the whole string at every use: indexing a string in a loop converted it to
 * an array each time, so {@code for i in 0..len(s) { s[i] }} was quadratic (80,000 characters:
 * 21 s).
 * <p>
 * A string without surrogate pairs (almost every string) has one code point per {@code char},
 * so positions are {@code char} positions. Finding that out is free for a Latin-1 string (the
 * JDK's {@code codePointCount} knows its coder) and a scan otherwise; the last four strings of
 * 32 characters or more asked about are remembered (and kept alive until replaced), with their
 * code points when they have pairs, so a loop over one string scans it once.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** Shorter strings are scanned at every use: cheaper than the cache. */
    private static final int CACHED_FROM = 32;

    /** What a scan found: {@code codePoints} is null when the string has no surrogate pairs. */
    private record Scan(String string, int length, int[] codePoints) {
    }

    /**
     * The strings scanned last, by identity. Entries are immutable and replaced whole, so threads
     * sharing the array (contexts on other threads) at worst scan again.
     */
    private static final Scan[] recent = new Scan[4];
    private static int next;

    /** The number of code points in {@code s}. */
    @TruffleBoundary
    public static int length(String s) {
        int chars = s.length();
        if (chars < CACHED_FROM) {
            return s.codePointCount(0, chars);
        }
        return scan(s).length;
    }

    /** The code point at code point position {@code i} (in range) as a one-character string. */
    @TruffleBoundary
    public static String at(String s, int i) {
        int[] cps = codePointsIfPaired(s);
        return cps == null ? String.valueOf(s.charAt(i)) : Character.toString(cps[i]);
    }

    /** The code points at positions {@code from} (inclusive) to {@code to} (exclusive), in range. */
    @TruffleBoundary
    public static String slice(String s, int from, int to) {
        int[] cps = codePointsIfPaired(s);
        return cps == null ? s.substring(from, to) : new String(cps, from, to - from);
    }

    /** Null when positions are char positions; otherwise the code points. */
    private static int[] codePointsIfPaired(String s) {
        int chars = s.length();
        if (chars < CACHED_FROM) {
            return s.codePointCount(0, chars) == chars ? null : s.codePoints().toArray();
        }
        return scan(s).codePoints;
    }

    private static Scan scan(String s) {
        Scan[] cache = recent;
        for (Scan entry : cache) {
            if (entry != null && entry.string == s) {
                return entry;
            }
        }
        int chars = s.length();
        int count = s.codePointCount(0, chars);
        Scan found = new Scan(s, count, count == chars ? null : s.codePoints().toArray());
        int slot = next;
        cache[slot] = found;
        next = (slot + 1) & (cache.length - 1);
        return found;
    }
}
