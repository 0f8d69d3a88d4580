package asynclang.language.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.values.Ordering;

/** {@code a < b} over numbers, strings, durations, bools and lists (see {@link Ordering}). */
@OperationProxy.Proxyable(allowUncached = true)
@TypeSystemReference(AlTypes.class)
public abstract class LessNode extends Node {

    public abstract boolean execute(Object a, Object b);

    @Specialization
    public static boolean doLong(long a, long b) {
        return a < b;
    }

    // An Int meeting a Float compares exactly (2^53 + 1 > 2^53 as a Float), not through the
    // Float the Int would round to; declared before doDouble, so mixed operands come here.
    @Specialization
    public static boolean doLongDouble(long a, double b) {
        int c = Ordering.compareLongDouble(a, b);
        return c != Ordering.UNORDERED && c < 0;
    }

    @Specialization
    public static boolean doDoubleLong(double a, long b) {
        int c = Ordering.compareDoubleLong(a, b);
        return c != Ordering.UNORDERED && c < 0;
    }

    @Specialization
    public static boolean doDouble(double a, double b) {
        return a < b;
    }

    @Specialization
    @TruffleBoundary
    public static boolean doString(String a, String b) {
        int c = Ordering.compareStrings(a, b);
        return c < 0;
    }

    @Specialization
    public static boolean doGeneric(Object a, Object b, @Bind Node node) {
        int c = Ordering.compare(a, b, node, -1);
        return c != Ordering.UNORDERED && c < 0;
    }
}
