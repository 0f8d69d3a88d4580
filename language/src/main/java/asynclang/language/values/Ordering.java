package asynclang.language.values;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/**
 * {@code < <= > >=} and {@code sort()}: numbers with numbers (Int and Float mixed, compared
 * exactly), strings with strings, durations with durations, bools, lists element by element,
 * library values by their own order ({@link Operand}).
 * Anything else is a type error.
 */
public final class Ordering {

    /** What {@link #compare} returns when a NaN is involved: every comparison is false. */
    public static final int UNORDERED = 2;

    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private Ordering() {
    }

    @TruffleBoundary
    public static int compare(Object a, Object b, Node node, int bci) {
        try {
            return compareValues(a, b, node, bci);
        } catch (StackOverflowError e) {
            throw TooDeep.error("compare", node, bci);
        }
    }

    private static int compareValues(Object a, Object b, Node node, int bci) {
        if (Types.isNumber(a) && Types.isNumber(b)) {
            return compareNumbers(a, b);
        } else if (a instanceof String x && b instanceof String y) {
            return Integer.signum(compareStrings(x, y));
        } else if (a instanceof AlDuration x && b instanceof AlDuration y) {
            return x.compareTo(y);
        } else if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        } else if (a instanceof AlList x && b instanceof AlList y) {
            int n = Math.min(x.items.size(), y.items.size());
            for (int i = 0; i < n; i++) {
                int c = compareValues(x.items.get(i), y.items.get(i), node, bci);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.items.size(), y.items.size());
        } else if (a instanceof Operand x && x.compareTo(b) instanceof Integer c) {
            return c;
        }
        throw AlException.error("cannot compare " + Types.typeName(a) + " with " + Types.typeName(b), node, bci);
    }

    /**
     * Strings order by Unicode code point, as Rust's {@code str} does. UTF-16 order differs
     * only where a surrogate meets a character from U+E000 to U+FFFF: a supplementary
     * character (a surrogate pair) must sort after those, so the high chars are shifted.
     */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointOrder(x) - codePointOrder(y);
            }
        }
        return a.length() - b.length();
    }

    private static int codePointOrder(char c) {
        return c < 0xD800 ? c : (c >= 0xE000 ? c - 0x800 : c + 0x2000);
    }

    /**
     * The exact order of an Int and a Float: the Int is not rounded to a Float first, so
     * 9007199254740993 > 9007199254740992.0 (and is not equal to it), as in Python.
     */
    public static int compareLongDouble(long a, double b) {
        if (b != b) {
            return UNORDERED;
        }
        if (a > -EXACT_DOUBLE_LIMIT && a < EXACT_DOUBLE_LIMIT) {
            double x = a;
            return x < b ? -1 : (x > b ? 1 : 0);
        }
        if (b >= 0x1p63) {
            return -1;
        }
        if (b < -0x1p63) {
            return 1;
        }
        long whole = (long) b;
        if (a != whole) {
            return a < whole ? -1 : 1;
        }
        double fraction = b - whole;
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0);
    }

    public static int compareDoubleLong(double a, long b) {
        int c = compareLongDouble(b, a);
        return c == UNORDERED ? c : -c;
    }

    /** -1, 0, 1, or {@link #UNORDERED} when either side is NaN. */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Long x && b instanceof Double y) {
            return compareLongDouble(x, y);
        }
        if (a instanceof Double x && b instanceof Long y) {
            return compareDoubleLong(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            double x = Types.toDouble(a);
            double y = Types.toDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return UNORDERED;
            }
            // An infinite Float is past every Int; a big Int is never infinite, even where its
            // nearest Float would be.
            if (a instanceof Double d && d.isInfinite()) {
                return b instanceof Double e && e.isInfinite() ? Double.compare(d, e) : (d > 0 ? 1 : -1);
            }
            if (b instanceof Double e && e.isInfinite()) {
                return e > 0 ? -1 : 1;
            }
            if (isExactAsDouble(a) && isExactAsDouble(b)) {
                return x < y ? -1 : (x > y ? 1 : 0);
            }
            return toDecimal(a).compareTo(toDecimal(b));
        }
        return BigInt.toBig(a).compareTo(BigInt.toBig(b));
    }

    private static boolean isExactAsDouble(Object n) {
        return n instanceof Double || (n instanceof Long l && l > -EXACT_DOUBLE_LIMIT && l < EXACT_DOUBLE_LIMIT);
    }

    private static BigDecimal toDecimal(Object n) {
        return n instanceof Double d ? new BigDecimal(d) : new BigDecimal(BigInt.toBig(n));
    }
}
