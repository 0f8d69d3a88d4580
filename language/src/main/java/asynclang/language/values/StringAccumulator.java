package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/**
 * A string being built by {@code s = s + part} in a loop: appended to in place, so building a
 * string of n pieces costs O(n) instead of copying the whole string at every step. It lives
 * only in the local it is built in and never escapes: every read of that local takes its
 * {@link #toString() string}, an ordinary immutable String, so nothing can see it change.
 */
public final class StringAccumulator {

    /**
     * The longest string {@code +} builds (2^28 characters, as JavaScript engines bound theirs):
     * a loop appending without end fails with a located error in seconds instead of filling
     * the heap, which appending in place would otherwise do quickly.
     */
    public static final int MAX_LENGTH = 1 << 28;

    /** Below this length a plain concatenation is as cheap, and no accumulator is made. */
    static final int THRESHOLD = 256;

    private final StringBuilder text;
    private String string;

    private StringAccumulator(String a, String b) {
        text = new StringBuilder(Math.max(2 * (a.length() + b.length()), 1024)).append(a).append(b);
    }

    /** {@code a + b}: a String while short, an accumulator once long enough to be worth one. */
    @TruffleBoundary
    public static Object concat(String a, String b, Node node) {
        checkLength((long) a.length() + b.length(), node);
        return a.length() + b.length() < THRESHOLD ? a.concat(b) : new StringAccumulator(a, b);
    }

    /** The error for a string {@code +} that would pass {@link #MAX_LENGTH}. */
    public static void checkLength(long length, Node node) {
        if (length > MAX_LENGTH) {
            throw AlException.error("string too long: " + length + " characters (the limit is " + MAX_LENGTH + ")", node);
        }
    }

    @TruffleBoundary
    public StringAccumulator append(String part, Node node) {
        checkLength((long) text.length() + part.length(), node);
        text.append(part);
        string = null;
        return this;
    }

    /** The string built so far (made once per change, then reused). */
    @Override
    @TruffleBoundary
    public String toString() {
        if (string == null) {
            string = text.toString();
        }
        return string;
    }
}
