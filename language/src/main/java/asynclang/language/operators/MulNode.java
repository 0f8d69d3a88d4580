package asynclang.language.operators;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.values.BigInt;

/** {@code a * b}. Ints promote to big integers instead of overflowing; a Duration scales by a number. */
@OperationProxy.Proxyable(allowUncached = true)
@TypeSystemReference(AlTypes.class)
public abstract class MulNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(rewriteOn = ArithmeticException.class)
    public static long doLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    /** After the first overflow: still long-fast, promoting to a big integer when needed. */
    @Specialization(replaces = "doLong")
    public static Object doLongOverflow(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return BigInt.normalize(BigInt.toBig(a).multiply(BigInt.toBig(b)));
        }
    }

    @Specialization
    public static double doDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    public static Object doGeneric(Object a, Object b, @Bind Node node) {
        return Arithmetic.multiply(a, b, node, -1);
    }
}
