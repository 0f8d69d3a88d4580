package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A string being built by {@code s = s + part} in a loop: appended to in place, so building a
 * string of n pieces costs O(n) instead of copying the whole string at every step. It lives
 * only in the local it is built in and never escapes: every read of that local takes its
 * {@link #toString() string}, an ordinary immutable String, so nothing can see it change.
 */
public final class StringAccumulator {

    /** Below this length a plain concatenation is as cheap, and no accumulator is made. */
    static final int THRESHOLD = 256;

    private final StringBuilder text;
    private String string;

    private StringAccumulator(String a, String b) {
        text = new StringBuilder(Math.max(2 * (a.length() + b.length()), 1024)).append(a).append(b);
    }

    /** {@code a + b}: a String while short, an accumulator once long enough to be worth one. */
    @TruffleBoundary
    public static Object concat(String a, String b) {
        return a.length() + b.length() < THRESHOLD ? a.concat(b) : new StringAccumulator(a, b);
    }

    @TruffleBoundary
    public StringAccumulator append(String part) {
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
