package asynclang.language.values;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/**
 * A string being built by {@code s = s + part} in a loop: appended to in place, so building a
 * string of n pieces costs O(n) instead of copying the whole string at every step. It lives
 * only in the local it is built in and never escapes: every read of that local takes its
 * {@link #toString() string}, an ordinary immutable String, so nothing can see it change.
 */
@ExportLibrary(InteropLibrary.class)
public final class StringAccumulator implements TruffleObject {

    /**
     * The longest string {@code +} builds (2^28 characters, as JavaScript engines bound theirs):
     * a loop appending without end fails with a located error in seconds instead of filling
     * the heap, which appending in place would otherwise do quickly.
     */
    public static final int MAX_LENGTH = 1 << 28;

    /** Below this length a plain concatenation is as cheap, and no accumulator is made. */
    static final int THRESHOLD = 256;

    /**
     * While every character appended is Latin-1 (almost always), the text is kept here, one
     * byte a character, and an append of a short part is compiled inline (a call into the JDK's
     * StringBuilder costs a boundary per append; partial-evaluating StringBuilder is refused by
     * the compiler as too deep). The first other character moves the text into {@link #wide}.
     */
    private byte[] narrow;
    private int length;
    private StringBuilder wide;
    /** The code points in {@link #wide} (in {@link #narrow} each character is one). */
    private int wideCodePoints;
    private String string;

    private StringAccumulator(String a, String b) {
        narrow = new byte[(int) Math.min(MAX_LENGTH, Math.max(2L * (a.length() + b.length()), 1024))];
        appendSlow(a);
        appendSlow(b);
    }

    /*
     * A string to interop: only a debugger reading the frame slot that holds an accumulator sees
     * one (the body's scope lists the string, see BodyScope); the script never does.
     */
    @ExportMessage
    boolean isString() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    String asString() {
        return toString();
    }

    /**
     * What a variable holds as the script sees it: the string so far for an accumulator (a
     * variable in a cell is built in place too, and code outside its functions, a later REPL
     * evaluation or a host reading the bindings, reads the cell directly), else {@code v}.
     */
    public static Object settled(Object v) {
        return v instanceof StringAccumulator a ? a.toString() : v;
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

    /** Appends {@code part}: a short Latin-1 part that fits is copied here, inline; anything else behind the boundary. */
    public StringAccumulator append(String part, Node node) {
        int n = part.length();
        if (narrow != null && n <= 16 && length + n <= narrow.length && copyLatin1(part, narrow, length)) {
            length += n;
            string = null;
            return this;
        }
        return appendChecked(part, node);
    }

    @TruffleBoundary
    private StringAccumulator appendChecked(String part, Node node) {
        checkLength((long) currentLength() + part.length(), node);
        appendSlow(part);
        string = null;
        return this;
    }

    private int currentLength() {
        return narrow != null ? length : wide.length();
    }

    /** Appends a part of any size; the caller has checked the length. */
    private void appendSlow(String part) {
        if (narrow != null) {
            int n = part.length();
            if (length + n > narrow.length) {
                // At most MAX_LENGTH: the inline path then cannot pass the limit unchecked.
                narrow = Arrays.copyOf(narrow, (int) Math.min(MAX_LENGTH, Math.max(2L * narrow.length, length + n)));
            }
            if (copyLatin1(part, narrow, length)) {
                length += n;
                return;
            }
            wide = new StringBuilder(latin1(narrow, length));
            wideCodePoints = length;
            narrow = null;
        }
        int count = part.codePointCount(0, part.length());
        int last = wide.length() - 1;
        if (last >= 0 && !part.isEmpty() && Character.isHighSurrogate(wide.charAt(last)) && Character.isLowSurrogate(part.charAt(0))) {
            count--; // a pair split across two parts is one code point
        }
        wideCodePoints += count;
        wide.append(part);
    }

    /**
     * The length of the string so far in code points, as {@code len} counts, without making
     * the string: {@code while len(s) < n { s += x }} reads it every iteration.
     */
    public long codePointLength() {
        return narrow != null ? length : wideCodePoints;
    }

    /**
     * Copies {@code part} into {@code bytes} at {@code at} (which has room) while it is Latin-1;
     * false at its first wider character (what was copied lies past the text's length).
     */
    private static boolean copyLatin1(String part, byte[] bytes, int at) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c > 0xFF) {
                return false;
            }
            bytes[at + i] = (byte) c;
        }
        return true;
    }

    private static String latin1(byte[] bytes, int length) {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** The string built so far (made once per change, then reused). */
    @Override
    @TruffleBoundary
    public String toString() {
        if (string == null) {
            string = narrow != null ? latin1(narrow, length) : wide.toString();
        }
        return string;
    }
}
