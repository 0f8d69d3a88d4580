package asynclang.language.values;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code ==}: numeric across Int and Float ({@code 1 == 1.0}), structural for lists and maps,
 * by value for strings, durations and library values that compare ({@link Operand}), by
 * identity for everything else. Values of different
 * types are simply unequal.
 */
public final class Equality {

    private Equality() {
    }

    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        try {
            return equalValues(a, b);
        } catch (StackOverflowError e) {
            throw TooDeep.error("compare");
        }
    }

    private static boolean equalValues(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN());
        }
        if (Types.isNumber(a) && Types.isNumber(b)) {
            return Ordering.compareNumbers(a, b) == 0;
        }
        if (a instanceof AlList x && b instanceof AlList y) {
            int n = x.items.size();
            if (n != y.items.size()) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (!equalValues(x.items.get(i), y.items.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof AlMap x && b instanceof AlMap y) {
            if (x.entries.size() != y.entries.size()) {
                return false;
            }
            for (Map.Entry<Object, Object> e : x.entries.entrySet()) {
                Object other = AlMap.value(y.entries.get(e.getKey()));
                if (other == null || !equalValues(AlMap.value(e.getValue()), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof String || a instanceof Boolean || a instanceof AlDuration || a instanceof AlRange) {
            return a.equals(b);
        }
        if (a instanceof Operand x) {
            Integer c = x.compareTo(b);
            return c != null && c == 0;
        }
        return false;
    }
}
