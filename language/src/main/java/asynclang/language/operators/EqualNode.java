package asynclang.language.operators;

import asynclang.language.values.Ordering;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.values.Equality;

/** {@code a == b}: numeric across Int and Float, structural for lists and maps (see {@link Equality}). */
@OperationProxy.Proxyable(allowUncached = true)
@TypeSystemReference(AlTypes.class)
public abstract class EqualNode extends Node {

    public abstract boolean execute(Object a, Object b);

    @Specialization
    public static boolean doLong(long a, long b) {
        return a == b;
    }

    // An Int meeting a Float compares exactly (2^53 + 1 > 2^53 as a Float), not through the
    // Float the Int would round to; declared before doDouble, so mixed operands come here.
    @Specialization
    public static boolean doLongDouble(long a, double b) {
        int c = Ordering.compareLongDouble(a, b);
        return c == 0;
    }

    @Specialization
    public static boolean doDoubleLong(double a, long b) {
        int c = Ordering.compareDoubleLong(a, b);
        return c == 0;
    }

    @Specialization
    public static boolean doDouble(double a, double b) {
        return a == b;
    }

    @Specialization
    public static boolean doBoolean(boolean a, boolean b) {
        return a == b;
    }

    @Specialization
    @TruffleBoundary
    public static boolean doString(String a, String b) {
        return a.equals(b);
    }

    @Specialization
    public static boolean doGeneric(Object a, Object b) {
        return Equality.equal(a, b);
    }
}
