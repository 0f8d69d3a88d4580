package asynclang.language.operators;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.AlDuration;
import asynclang.language.values.BigInt;
import asynclang.language.values.Formatter;
import asynclang.language.values.Operand;
import asynclang.language.values.Types;

/**
 * The full semantics of the arithmetic operators, for every combination of operand types.
 * Operation nodes handle the hot combinations (Int with Int, Float with Float) inline and fall
 * back to these methods for the rest, so each rule is written exactly once.
 */
public final class Arithmetic {

    private Arithmetic() {
    }

    @TruffleBoundary
    public static Object add(Object a, Object b, Node node, int bci) {
        if (a instanceof String || b instanceof String) {
            return Formatter.display(a) + Formatter.display(b);
        }
        if (Types.isInt(a) && Types.isInt(b)) {
            return BigInt.normalize(BigInt.toBig(a).add(BigInt.toBig(b)));
        }
        if (Types.isNumber(a) && Types.isNumber(b)) {
            return Types.toDouble(a) + Types.toDouble(b);
        }
        if (a instanceof AlDuration x && b instanceof AlDuration y) {
            return new AlDuration(saturated(() -> Math.addExact(x.nanos(), y.nanos()), (double) x.nanos() + y.nanos()));
        }
        if (a instanceof Operand x && x.plus(b) instanceof Object sum) {
            return sum;
        }
        throw unsupported("+", a, b, node, bci);
    }

    @TruffleBoundary
    public static Object subtract(Object a, Object b, Node node, int bci) {
        if (Types.isInt(a) && Types.isInt(b)) {
            return BigInt.normalize(BigInt.toBig(a).subtract(BigInt.toBig(b)));
        }
        if (Types.isNumber(a) && Types.isNumber(b)) {
            return Types.toDouble(a) - Types.toDouble(b);
        }
        if (a instanceof AlDuration x && b instanceof AlDuration y) {
            return new AlDuration(saturated(() -> Math.subtractExact(x.nanos(), y.nanos()), (double) x.nanos() - y.nanos()));
        }
        if (a instanceof Operand x && x.minus(b) instanceof Object difference) {
            return difference;
        }
        throw unsupported("-", a, b, node, bci);
    }

    @TruffleBoundary
    public static Object multiply(Object a, Object b, Node node, int bci) {
        if (Types.isInt(a) && Types.isInt(b)) {
            return BigInt.normalize(BigInt.toBig(a).multiply(BigInt.toBig(b)));
        }
        if (Types.isNumber(a) && Types.isNumber(b)) {
            return Types.toDouble(a) * Types.toDouble(b);
        }
        if (a instanceof AlDuration d && Types.isNumber(b)) {
            return scale(d, Types.toDouble(b), b, node, bci);
        }
        if (Types.isNumber(a) && b instanceof AlDuration d) {
            return scale(d, Types.toDouble(a), a, node, bci);
        }
        throw unsupported("*", a, b, node, bci);
    }

    /** Int / Int is an Int when exact, else a Float; Duration / number is a Duration. */
    @TruffleBoundary
    public static Object divide(Object a, Object b, Node node, int bci) {
        if (Types.isNumber(a) && Types.isNumber(b)) {
            checkNonZero(b, node, bci);
            if (Types.isInt(a) && Types.isInt(b)) {
                BigInteger[] qr = BigInt.toBig(a).divideAndRemainder(BigInt.toBig(b));
                if (qr[1].signum() == 0) {
                    return BigInt.normalize(qr[0]);
                }
                if (!(a instanceof Long x && b instanceof Long y && Math.abs(x) < 1L << 53 && Math.abs(y) < 1L << 53)) {
                    // Past 2^53 an Int is not a Float exactly, and past 2^1024 not one at all
                    // (10^400 / 10^399 was inf / inf, NaN): the quotient of the exact values.
                    return new java.math.BigDecimal(BigInt.toBig(a)).divide(new java.math.BigDecimal(BigInt.toBig(b)), java.math.MathContext.DECIMAL128).doubleValue();
                }
            }
            return Types.toDouble(a) / Types.toDouble(b);
        }
        if (a instanceof AlDuration d && Types.isNumber(b)) {
            checkNonZero(b, node, bci);
            if (b instanceof Long n) {
                return new AlDuration(d.nanos() / n);
            }
            return scale(d, 1 / Types.toDouble(b), b, node, bci);
        }
        if (a instanceof AlDuration x && b instanceof AlDuration y) {
            if (y.nanos() == 0) {
                throw AlException.error("division by zero", node, bci);
            }
            return (double) x.nanos() / y.nanos();
        }
        throw unsupported("/", a, b, node, bci);
    }

    /** Remainder with the sign of the dividend, as in Rust. */
    @TruffleBoundary
    public static Object remainder(Object a, Object b, Node node, int bci) {
        if (Types.isNumber(a) && Types.isNumber(b)) {
            checkNonZero(b, node, bci);
            if (Types.isInt(a) && Types.isInt(b)) {
                return BigInt.normalize(BigInt.toBig(a).remainder(BigInt.toBig(b)));
            }
            return Types.toDouble(a) % Types.toDouble(b);
        }
        if (a instanceof AlDuration x && b instanceof AlDuration y) {
            if (y.nanos() == 0) {
                throw AlException.error("division by zero", node, bci);
            }
            return new AlDuration(x.nanos() % y.nanos());
        }
        throw unsupported("%", a, b, node, bci);
    }

    /** {@code div(a, b)}: division rounded toward negative infinity, like Python's {@code //}. */
    @TruffleBoundary
    public static Object floorDivide(Object a, Object b, Node node, int bci) {
        if (!Types.isNumber(a) || !Types.isNumber(b)) {
            throw AlException.error("div expects numbers, got " + Types.typeName(a) + " and " + Types.typeName(b), node, bci);
        }
        checkNonZero(b, node, bci);
        if (Types.isInt(a) && Types.isInt(b)) {
            BigInteger[] qr = BigInt.toBig(a).divideAndRemainder(BigInt.toBig(b));
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && (qr[1].signum() != BigInt.toBig(b).signum())) {
                q = q.subtract(BigInteger.ONE);
            }
            return BigInt.normalize(q);
        }
        return Math.floor(Types.toDouble(a) / Types.toDouble(b));
    }

    @TruffleBoundary
    public static Object negate(Object a, Node node, int bci) {
        if (Types.isInt(a)) {
            return BigInt.normalize(BigInt.toBig(a).negate());
        } else if (a instanceof Double d) {
            return -d;
        } else if (a instanceof AlDuration d) {
            return new AlDuration(saturated(() -> Math.negateExact(d.nanos()), -(double) d.nanos()));
        }
        throw AlException.error("cannot negate a value of type " + Types.typeName(a), node, bci);
    }

    private static void checkNonZero(Object divisor, Node node, int bci) {
        boolean zero = divisor instanceof Long l ? l == 0 : divisor instanceof Double d && d == 0;
        if (zero) {
            throw AlException.error("division by zero", node, bci);
        }
    }

    private static AlDuration scale(AlDuration d, double factor, Object factorValue, Node node, int bci) {
        if (factorValue instanceof Long n) {
            return new AlDuration(saturated(() -> Math.multiplyExact(d.nanos(), n), (double) d.nanos() * n));
        }
        double nanos = Math.rint(d.nanos() * factor);
        if (Double.isNaN(nanos)) {
            throw AlException.error("duration times " + Formatter.display(factorValue) + " is not a duration", node, bci);
        }
        // A cast saturates: past about 292 years a Duration is "never" (see saturated).
        return new AlDuration((long) nanos);
    }

    /**
     * Duration arithmetic saturates instead of overflowing: a Duration past about 292 years
     * (the clock's nanosecond range) is "never" (LANGUAGE.md 4.1), so it stays the longest
     * Duration there is, with {@code approx}'s sign. A sleep that long stays pending.
     */
    private static long saturated(java.util.function.LongSupplier exact, double approx) {
        try {
            return exact.getAsLong();
        } catch (ArithmeticException e) {
            return approx > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    private static AlException unsupported(String op, Object a, Object b, Node node, int bci) {
        return AlException.error("unsupported operand types for " + op + ": " + Types.typeName(a) + " and " + Types.typeName(b), node, bci);
    }
}
