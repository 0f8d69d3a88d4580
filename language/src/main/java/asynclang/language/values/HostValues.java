package asynclang.language.values;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import asynclang.language.errors.AlException;


/** The border with the host: values coming in from Java become asynclang values. */
public final class HostValues {

    private HostValues() {
    }

    public static boolean isAsynclangValue(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String || v == Nil.NIL
                        || v instanceof BigInt || v instanceof AlDuration || v instanceof AlList || v instanceof AlMap
                        || v instanceof AlRange || v instanceof AlError || v instanceof Types.Named;
    }

    /** {@link #fromHost}, with the common cases (what the host passes most) inline for compiled code. */
    public static Object fromHostFast(Object v) {
        if (v instanceof Long || v instanceof String || v instanceof Double || v instanceof Boolean) {
            return v;
        } else if (v instanceof Integer i) {
            return (long) (int) i;
        }
        return fromHost(v);
    }

    /** Java boxed numbers and strings become Int, Float and String; null becomes nil. */
    @TruffleBoundary
    public static Object fromHost(Object v) {
        if (v == null) {
            return Nil.NIL;
        }
        if (isAsynclangValue(v)) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger big) {
            return BigInt.normalize(big);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        InteropLibrary interop = InteropLibrary.getUncached(v);
        try {
            if (interop.isNull(v)) {
                return Nil.NIL;
            } else if (interop.isBoolean(v)) {
                return interop.asBoolean(v);
            } else if (interop.isString(v)) {
                return interop.asString(v);
            } else if (interop.isNumber(v)) {
                if (interop.fitsInLong(v)) {
                    return interop.asLong(v);
                } else if (interop.fitsInBigInteger(v) && !interop.fitsInDouble(v)) {
                    BigInteger big = interop.asBigInteger(v);
                    return BigInt.normalize(big);
                }
                return interop.asDouble(v);
            }
        } catch (UnsupportedMessageException e) {
            // Not a plain value after all: pass the host object through.
        }
        return v;
    }

    /**
     * A value another language (not Java) produced: as {@link #fromHost}, and an integral
     * Float becomes an Int, since JavaScript has one number type and {@code 2 + 3} is 5 there.
     */
    @TruffleBoundary
    public static Object fromLanguage(Object v) {
        Object r = fromHost(v);
        if (r instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 0x1p63 && !(d == 0 && 1 / d < 0)) {
            return (long) (double) d;
        }
        return r;
    }

    /**
     * An argument of a call into asynclang through interop, or a value written into a binding, map
     * or list: as {@link #fromHostFast}, and an integral Float from a JavaScript caller is an Int
     * (LANGUAGE.md 8), as its result or an element it hands over would be. The caller is the frame on top of the Truffle stack; Java
     * has none of its own, so a Java double stays a Float.
     */
    public static Object fromCaller(Object v) {
        Object r = fromHostFast(v);
        if (r instanceof Double d && d == Math.rint(d) && callerIsJavaScript()) {
            return fromLanguage(d);
        }
        return r;
    }

    @TruffleBoundary
    private static boolean callerIsJavaScript() {
        String caller = com.oracle.truffle.api.Truffle.getRuntime().iterateFrames(frame -> {
            if (frame.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget target) {
                com.oracle.truffle.api.nodes.LanguageInfo language = target.getRootNode().getLanguageInfo();
                return language == null ? null : language.getId();
            }
            return null;
        });
        return "js".equals(caller);
    }

    /**
     * Arguments of a call into Java code (a lambda, a method): an Int within 32 bits goes as an
     * Integer, as GraalJS passes its small integers, so that the erased lambdas an embedder writes
     * ({@code Function<Integer, Integer>}) get what they cast to; a declared {@code long} or
     * {@code int} parameter takes either. Larger Ints stay Longs.
     */
    public static Object[] argumentsForJava(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Long l && l == (int) (long) l) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = (int) (long) l;
            }
        }
        return out;
    }

    /** A foreign value's string form, as its language shows it. */
    @TruffleBoundary
    public static String describe(Object v) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            return interop.asString(interop.toDisplayString(v, true));
        } catch (UnsupportedMessageException | RuntimeException e) {
            return "a foreign value";
        }
    }

    /** A non-asynclang exception caught by {@code catch}, as an Error value. */
    @TruffleBoundary
    public static AlError errorFor(AbstractTruffleException e) {
        String message = e.getMessage();
        if (message == null) {
            // A host exception without a message of its own: the Java exception's (a nested
            // evaluation's "Resource exhausted: Stack overflow", say).
            Throwable original = AlException.hostOriginal(e);
            message = original == null ? null : original.getMessage();
        }
        return new AlError(message == null ? "an error from another language" : message);
    }
}
