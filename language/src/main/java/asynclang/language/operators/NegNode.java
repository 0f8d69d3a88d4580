package asynclang.language.operators;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.values.BigInt;

/** {@code -a} for Ints (promoting on overflow), Floats and Durations. */
@OperationProxy.Proxyable(allowUncached = true)
@TypeSystemReference(AlTypes.class)
public abstract class NegNode extends Node {

    public abstract Object execute(Object a);

    @Specialization(rewriteOn = ArithmeticException.class)
    public static long doLong(long a) {
        return Math.negateExact(a);
    }

    @Specialization(replaces = "doLong")
    public static Object doLongOverflow(long a) {
        return a == Long.MIN_VALUE ? BigInt.normalize(BigInt.toBig(a).negate()) : -a;
    }

    @Specialization
    public static double doDouble(double a) {
        return -a;
    }

    @Specialization
    public static Object doGeneric(Object a, @Bind Node node) {
        return Arithmetic.negate(a, node, -1);
    }
}
