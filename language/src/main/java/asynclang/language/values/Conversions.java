package asynclang.language.values;

import java.math.BigInteger;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/** {@code int(x)}, {@code float(x)} and the string parsers behind them. */
public final class Conversions {

    private Conversions() {
    }

    @TruffleBoundary
    public static Object parseInt(String s, Node node, int bci) {
        String t = Whitespace.trim(s);
        try {
            if (t.indexOf('_') >= 0) {
                t = withoutSeparators(t);
            }
            if (t.length() <= 18) {
                return Long.parseLong(t); // fits; the same digits and signs BigInteger takes
            }
            return BigInt.normalize(new BigInteger(t));
        } catch (NumberFormatException e) {
            throw AlException.error("cannot parse " + Formatter.repr(s) + " as an int", node, bci);
        }
    }

    /**
     * The digits without their "_" separators, which (as Python's {@code int}
     * takes them) stand only between two digits: "1_000", not "_1", "1_" or "1__0".
     */
    private static String withoutSeparators(String t) {
        StringBuilder digits = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '_') {
                digits.append(c);
            } else if (i == 0 || i + 1 == t.length() || !isDigit(t.charAt(i - 1)) || !isDigit(t.charAt(i + 1))) {
                throw new NumberFormatException();
            }
        }
        return digits.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Compiled on first use (a holder class), not when every script starts. */
    private static final class FloatText {
        static final Pattern PATTERN = Pattern.compile("[+-]?(\\d+(_\\d+)*)?(\\.\\d*)?([eE][+-]?\\d+)?");
    }

    @TruffleBoundary
    public static double parseFloat(String s, Node node, int bci) {
        String t = Whitespace.trim(s);
        try {
            if (t.equals("inf") || t.equals("+inf")) {
                return Double.POSITIVE_INFINITY;
            } else if (t.equals("-inf")) {
                return Double.NEGATIVE_INFINITY;
            } else if (t.equals("NaN")) {
                return Double.NaN;
            } else if (t.isEmpty() || !FloatText.PATTERN.matcher(t).matches()) {
                throw new NumberFormatException();
            }
            return Double.parseDouble(t.replace("_", ""));
        } catch (NumberFormatException e) {
            throw AlException.error("cannot parse " + Formatter.repr(s) + " as a float", node, bci);
        }
    }

    /** Floats truncate toward zero; strings parse; bools are 0 or 1. */
    @TruffleBoundary
    public static Object toInt(Object v, Node node, int bci) {
        if (Types.isInt(v)) {
            return v;
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw AlException.error("cannot convert " + Formatter.display(v) + " to an int", node, bci);
            }
            if (d > -0x1p63 && d < 0x1p63) {
                return (long) d.doubleValue(); // truncates toward zero, exactly, in this range
            }
            return BigInt.normalize(new java.math.BigDecimal(d).toBigInteger());
        } else if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof String s) {
            return parseInt(s, node, bci);
        }
        throw AlException.error("cannot convert a value of type " + Types.typeName(v) + " to an int", node, bci);
    }

    @TruffleBoundary
    public static double toFloat(Object v, Node node, int bci) {
        if (Types.isNumber(v)) {
            return Types.toDouble(v);
        } else if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (v instanceof String s) {
            return parseFloat(s, node, bci);
        }
        throw AlException.error("cannot convert a value of type " + Types.typeName(v) + " to a float", node, bci);
    }
}
