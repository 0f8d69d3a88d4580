package asynclang.language.operators;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/** {@code a % b}: remainder with the sign of the dividend (as in Rust). Zero divisor throws. */
@OperationProxy.Proxyable(allowUncached = true)
@TypeSystemReference(AlTypes.class)
public abstract class ModNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(guards = "b != 0")
    public static long doLong(long a, long b) {
        return a % b;
    }

    @Specialization
    public static double doDouble(double a, double b, @Bind Node node) {
        if (b == 0) {
            throw AlException.error("division by zero", node, -1);
        }
        return a % b;
    }

    @Specialization
    public static Object doGeneric(Object a, Object b, @Bind Node node) {
        return Arithmetic.remainder(a, b, node, -1);
    }
}
