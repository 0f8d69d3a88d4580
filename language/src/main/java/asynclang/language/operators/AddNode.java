package asynclang.language.operators;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.values.BigInt;
import asynclang.language.values.StringAccumulator;

/** {@code a + b}. Strings concatenate with the string form of anything; Ints promote to big integers instead of overflowing. */
@OperationProxy.Proxyable(allowUncached = true)
@TypeSystemReference(AlTypes.class)
public abstract class AddNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(rewriteOn = ArithmeticException.class)
    public static long doLong(long a, long b) {
        return Math.addExact(a, b);
    }

    /** After the first overflow: still long-fast, promoting to a big integer when needed. */
    @Specialization(replaces = "doLong")
    public static Object doLongOverflow(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return BigInt.normalize(BigInt.toBig(a).add(BigInt.toBig(b)));
        }
    }

    @Specialization
    public static double doDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    public static String doString(String a, String b, @Bind Node node) {
        return concat(a, b, node);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static String concat(String a, String b, Node node) {
        StringAccumulator.checkLength((long) a.length() + b.length(), node);
        return a.concat(b);
    }

    @Specialization
    public static Object doGeneric(Object a, Object b, @Bind Node node) {
        return Arithmetic.add(a, b, node, -1);
    }
}
