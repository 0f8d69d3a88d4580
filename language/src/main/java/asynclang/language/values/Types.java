package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The names {@code typeof} returns, also used in error messages. */
public final class Types {

    private Types() {
    }

    /** Values of the stdlib and runtime that name their own type. */
    public interface Named {
        String typeName();
    }

    @TruffleBoundary
    public static String typeName(Object v) {
        if (v == Nil.NIL || v == null) {
            return "nil";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Long || v instanceof BigInt) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof String) {
            return "string";
        } else if (v instanceof AlDuration) {
            return "duration";
        } else if (v instanceof AlList) {
            return "list";
        } else if (v instanceof AlMap) {
            return "map";
        } else if (v instanceof AlRange) {
            return "range";
        } else if (v instanceof AlError) {
            return "error";
        } else if (v instanceof Named n) {
            return n.typeName();
        }
        return Foreign.typeName(v);
    }

    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInt;
    }

    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof BigInt;
    }

    /** Only {@code false} and {@code nil} are false. */
    public static boolean isTruthy(Object v) {
        return v instanceof Boolean b ? b : v != Nil.NIL;
    }

    @TruffleBoundary
    public static double toDouble(Object number) {
        if (number instanceof Long l) {
            return l;
        } else if (number instanceof BigInt b) {
            return b.doubleValue();
        }
        return (Double) number;
    }
}
