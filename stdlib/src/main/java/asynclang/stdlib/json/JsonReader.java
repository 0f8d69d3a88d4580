package asynclang.stdlib.json;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.BigInt;
import asynclang.language.values.Nil;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code json.parse}: JSON text to asynclang values, on Jackson's streaming parser.
 * <p>
 * The tree is built with an explicit stack of open containers, not by recursion, so the depth
 * of the input is bounded by the heap, never by the Java stack. Jackson's own limits (nesting
 * depth 500, numbers of 1000 digits, ...) guard servers against hostile input; a script asked
 * for this document, so they are lifted.
 * <p>
 * Jackson finds the errors; what the script sees is worded here, from the kind of error and
 * the text at the spot ({@link #describe}): no Jackson message reaches the user. Lines and
 * columns are counted here too, columns in characters (code points) from 1.
 */
final class JsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxNestingDepth(Integer.MAX_VALUE)
                                    .maxNumberLength(Integer.MAX_VALUE)
                                    .maxStringLength(Integer.MAX_VALUE)
                                    .maxNameLength(Integer.MAX_VALUE)
                                    .build())
                    // Exact, and faster than Double.parseDouble / new BigInteger (the latter
                    // is quadratic in the number of digits).
                    .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                    .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
                    // Many keys with colliding hashes make Jackson stop sharing key strings,
                    // instead of failing with a message about its symbol table.
                    .disable(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
                    .build();

    /** A number or word quoted in an error is cut to this many characters. */
    private static final int SHOWN = 40;

    private final String text;
    /** Whether the text has an escape that may stand for a lone surrogate, so strings need a look. */
    private final boolean surrogateEscapes;

    private JsonReader(String text) {
        this.text = text;
        this.surrogateEscapes = hasSurrogateEscape(text);
    }

    /**
     * Whether some escape of a surrogate (U+D800 to U+DFFF) appears, or text that looks like one
     * after an escaped backslash. One fast {@code indexOf} pass instead of a look at every
     * character of every string; a string of the script itself holds no lone surrogate.
     */
    private static boolean hasSurrogateEscape(String text) {
        for (int i = text.indexOf("\\u"); i >= 0 && i + 3 < text.length(); i = text.indexOf("\\u", i + 2)) {
            char c = text.charAt(i + 2);
            char d = text.charAt(i + 3);
            if ((c == 'd' || c == 'D') && (d >= '8' && d <= '9' || d >= 'a' && d <= 'f' || d >= 'A' && d <= 'F')) {
                return true;
            }
        }
        return false;
    }

    /** The value {@code input} holds. A byte order mark before it is skipped (RFC 8259 allows it). */
    @TruffleBoundary
    static Object read(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        return new JsonReader(text).document();
    }

    private Object document() {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            return tree(p);
        } catch (JacksonException e) {
            throw describe(e);
        }
    }

    /**
     * Reads one value, however deep. {@code open} holds the containers not yet closed, innermost
     * last; {@code keys[i]} is the key under which {@code open[i]} goes into its parent map.
     */
    private Object tree(JsonParser p) {
        ArrayList<Object> open = new ArrayList<>();
        ArrayList<String> keys = new ArrayList<>();
        String key = null;
        while (true) {
            JsonToken t = p.nextToken();
            if (t == null) {
                // Jackson reports an end inside a container itself: this is an input with no value.
                throw error(text.length(), "unexpected end of input");
            }
            Object v;
            switch (t) {
                case START_ARRAY, START_OBJECT -> {
                    open.add(t == JsonToken.START_ARRAY ? new AlList() : new AlMap());
                    keys.add(key);
                    continue;
                }
                case PROPERTY_NAME -> {
                    key = string(p);
                    continue;
                }
                case END_ARRAY, END_OBJECT -> {
                    int last = open.size() - 1;
                    v = open.remove(last);
                    key = keys.remove(last);
                }
                case VALUE_STRING -> v = string(p);
                case VALUE_NUMBER_INT -> v = integer(p);
                case VALUE_NUMBER_FLOAT -> v = floating(p);
                case VALUE_TRUE -> v = Boolean.TRUE;
                case VALUE_FALSE -> v = Boolean.FALSE;
                case VALUE_NULL -> v = Nil.NIL;
                default -> throw error(offset(p.currentTokenLocation()), "unexpected value");
            }
            if (open.isEmpty()) {
                end(p);
                return v;
            }
            Object parent = open.get(open.size() - 1);
            if (parent instanceof AlList list) {
                list.items.add(v);
            } else {
                // Keys are strings, already in map-key form. A repeated key keeps its first place
                // and takes the last value, as in JavaScript.
                ((AlMap) parent).entries.put(key, v);
            }
        }
    }

    /** After the value only whitespace may follow. */
    private void end(JsonParser p) {
        int i = offset(p.currentLocation());
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i < text.length()) {
            throw error(i, "trailing characters after the value");
        }
    }

    /**
     * A string value or key. Jackson decodes an escaped surrogate without its pair to a lone one; asynclang's
     * strings are Unicode text (its own escapes refuse surrogates), so that is an error here.
     */
    private String string(JsonParser p) {
        String s = p.getString();
        for (int i = 0; surrogateEscapes && i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    throw unpairedSurrogate(offset(p.currentTokenLocation()) + 1);
                }
            }
        }
        return s;
    }

    private static Object integer(JsonParser p) {
        return switch (p.getNumberType()) {
            case INT, LONG -> p.getLongValue();
            default -> BigInt.normalize(p.getBigIntegerValue());
        };
    }

    /** As for a Float literal in source: too large is an error, too small is 0.0. */
    private Object floating(JsonParser p) {
        double d = p.getDoubleValue();
        if (Double.isInfinite(d)) {
            throw error(offset(p.currentTokenLocation()), "number " + cut(p.getString()) + " is out of range");
        }
        return d;
    }

    // ---- errors ------------------------------------------------------------------------------

    /** Jackson's error, in the script's words, at the line and column it concerns. */
    private JsonError describe(JacksonException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int at = offset(e.getLocation());
        if (m.contains("numeric value") || m.contains("digit following") || m.contains("number exponent") || m.contains("hexadecimal")) {
            return invalidNumber(at);
        }
        if (e instanceof UnexpectedEndOfInputException || m.startsWith("Unexpected end-of-input")) {
            int start = stringStart(text.length());
            return start >= 0 ? error(start, "unterminated string") : error(text.length(), "unexpected end of input");
        }
        if (m.contains("surrogate")) {
            return unpairedSurrogate(at);
        }
        if (m.startsWith("Illegal unquoted character")) {
            int c = at < text.length() ? text.charAt(at) : 0;
            return error(at, String.format("unescaped control character U+%04X in string", c));
        }
        if (m.startsWith("Unrecognized character escape")) {
            int backslash = at > 0 && text.charAt(at - 1) == '\\' ? at - 1 : at;
            int c = backslash + 1 < text.length() ? text.codePointAt(backslash + 1) : 0;
            String shown = show(c);
            return error(backslash, shown.startsWith("U+") ? "invalid escape: '\\' before " + shown : "invalid escape '\\" + Character.toString(c) + "'");
        }
        if (m.contains("character escape sequence")) {
            int backslash = text.lastIndexOf("\\u", at);
            return error(backslash >= 0 ? backslash : at, "invalid escape: \\u needs four hex digits");
        }
        if (m.contains("root-level values")) {
            return error(at, "trailing characters after the value");
        }
        if (m.startsWith("Unrecognized token") || m.startsWith("Non-standard token")) {
            return invalidWord(m, at);
        }
        if (at >= text.length()) {
            return error(text.length(), "unexpected end of input");
        }
        String expected = expected(m);
        return error(at, "unexpected character " + show(text.codePointAt(at)) + (expected == null ? "" : ", expected " + expected));
    }

    /** What Jackson was looking for where it found a wrong character, when it says. */
    private static String expected(String m) {
        if (m.contains("start property name")) {
            return "a string key";
        } else if (m.contains("colon")) {
            return "':'";
        } else if (m.contains("Array entries") || m.contains("expected ']'")) {
            return "',' or ']'";
        } else if (m.contains("Object entries") || m.contains("expected '}'")) {
            return "',' or '}'";
        } else if (m.contains("valid value") || m.contains("expected a value") || m.contains("no open")) {
            return "a value";
        }
        return null;
    }

    /** {@code 01}, {@code 1.}, {@code -}, {@code 1e}: reported at the number's start, quoted whole. */
    private JsonError invalidNumber(int at) {
        int start = Math.min(at, text.length());
        while (start > 0 && isNumberChar(text.charAt(start - 1))) {
            start--;
        }
        int end = start;
        while (end < text.length() && (isNumberChar(text.charAt(end)) || Character.isLetterOrDigit(text.charAt(end)))) {
            end++;
        }
        return error(start, "invalid number " + cut(text.substring(start, end)));
    }

    /** {@code tru}, {@code True}, {@code NaN}: a word that is not {@code true}, {@code false} or {@code null}. */
    private JsonError invalidWord(String m, int at) {
        int open = m.indexOf('\'');
        int close = m.indexOf("':", open + 1);
        String word = open >= 0 && close > open ? m.substring(open + 1, close) : "";
        int start = at;
        if (!word.isEmpty() && !text.startsWith(word, at) && at >= word.length() && text.startsWith(word, at - word.length())) {
            start = at - word.length();
        }
        if (word.isEmpty() || start >= text.length()) {
            return start >= text.length() ? error(text.length(), "unexpected end of input") : error(start, "unexpected character " + show(text.codePointAt(start)));
        }
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            String shown = show(word.codePointAt(i));
            if (shown.startsWith("U+") && text.startsWith(word, start)) {
                return error(start + i, "unexpected character " + shown);
            }
        }
        return error(start, "invalid value " + cut(word));
    }

    /** The first unpaired surrogate, written as an escape or (not from asynclang) raw, in the string around {@code at}. */
    private JsonError unpairedSurrogate(int at) {
        int start = stringStart(at);
        for (int i = start + 1; start >= 0 && i < text.length() && text.charAt(i) != '"'; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                int unit = escapedUnit(i);
                if (unit < 0 || !Character.isSurrogate((char) unit)) {
                    i += unit < 0 ? 1 : 5;
                } else if (Character.isHighSurrogate((char) unit) && escapedUnit(i + 6) >= 0 && Character.isLowSurrogate((char) escapedUnit(i + 6))) {
                    i += 11;
                } else {
                    return error(i, "unpaired surrogate " + text.substring(i, i + 6) + " in string");
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return error(i, String.format("unpaired surrogate U+%04X in string", (int) c));
                }
            }
        }
        return error(Math.max(start, 0), "unpaired surrogate in string");
    }

    /** The code unit of the {@code \\uXXXX} escape at {@code i}, or -1 if there is none. */
    private int escapedUnit(int i) {
        if (i + 6 > text.length() || text.charAt(i) != '\\' || text.charAt(i + 1) != 'u') {
            return -1;
        }
        int unit = 0;
        for (int j = i + 2; j < i + 6; j++) {
            int digit = Character.digit(text.charAt(j), 16);
            if (digit < 0) {
                return -1;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }

    /**
     * The opening quote of the string {@code at} is in, or -1 if it is not in one. Only called
     * for an error, where everything before was read without one, so a plain scan is right.
     */
    private int stringStart(int at) {
        int start = -1;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (start >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    start = -1;
                }
            } else if (c == '"') {
                start = i;
            }
        }
        return start;
    }

    /** {@code invalid JSON at line L, column C: WHAT}; lines end at \n, \r\n or \r. */
    private JsonError error(int at, String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, at) + 1;
        return new JsonError("invalid JSON at line " + line + ", column " + column + ": " + what);
    }

    /** A location as an index into the text (Jackson counts chars from 0; -1 when it does not know). */
    private int offset(TokenStreamLocation location) {
        long offset = location == null ? -1 : location.getCharOffset();
        return offset < 0 || offset > text.length() ? text.length() : (int) offset;
    }

    /** A character as an error shows it: quoted if it can be seen, else as U+XXXX. */
    private static String show(int c) {
        int type = Character.getType(c);
        if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT || type == Character.CONTROL
                        || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return String.format("U+%04X", c);
        }
        return c == '\'' ? "\"'\"" : "'" + Character.toString(c) + "'";
    }

    private static String cut(String s) {
        return "'" + (s.codePointCount(0, s.length()) > SHOWN ? s.substring(0, s.offsetByCodePoints(0, SHOWN)) + "..." : s) + "'";
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }
}
