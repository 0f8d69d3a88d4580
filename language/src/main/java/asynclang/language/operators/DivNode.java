package asynclang.language.operators;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.BigInt;

/** {@code a / b}: an Int when Int / Int divides exactly, else a Float. Division by zero throws. */
@OperationProxy.Proxyable(allowUncached = true)
@TypeSystemReference(AlTypes.class)
public abstract class DivNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(guards = "isExact(a, b)")
    public static long doExact(long a, long b) {
        return a / b;
    }

    public static boolean isExact(long a, long b) {
        return b != 0 && a % b == 0 && !(a == Long.MIN_VALUE && b == -1);
    }

    public static boolean isMinByMinusOne(long a, long b) {
        return a == Long.MIN_VALUE && b == -1;
    }

    /** The one exact Int quotient that does not fit a long. */
    @Specialization(guards = "isMinByMinusOne(a, b)")
    public static Object doOverflow(long a, long b) {
        return BigInt.normalize(BigInt.toBig(a).negate());
    }

    @Specialization
    public static double doDouble(double a, double b, @Bind Node node) {
        if (b == 0) {
            throw AlException.error("division by zero", node, -1);
        }
        return a / b;
    }

    @Specialization
    public static Object doGeneric(Object a, Object b, @Bind Node node) {
        return Arithmetic.divide(a, b, node, -1);
    }

    public static final long MIN_VALUE = Long.MIN_VALUE;
}
