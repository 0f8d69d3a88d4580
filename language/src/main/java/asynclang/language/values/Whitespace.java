package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Whitespace as Rust's {@code char::is_whitespace} (Unicode's White_Space property, all in the
 * BMP): what {@code trim} strips, {@code split()} splits on and {@code int}/{@code float} ignore
 * around a number. Java's {@code isWhitespace} (hence {@code String.strip}) leaves out the
 * no-break spaces, and the regular expressions' {@code \s} everything past ASCII.
 */
public final class Whitespace {

    private Whitespace() {
    }

    public static boolean isSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                        || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    @TruffleBoundary
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
