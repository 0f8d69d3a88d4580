package asynclang.stdlib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.functions.FunctionCall;
import asynclang.language.values.AlDuration;
import asynclang.language.values.Types;

/**
 * Argument checks the library's functions and methods share; each error names the function and
 * the type it got. {@code node} is the built-in's root: errors are reported at the call site.
 */
public final class Args {

    private Args() {
    }

    @TruffleBoundary
    public static AlException error(String message, Node node) {
        return AlException.error(message, node);
    }

    public static String string(String function, Object v, Node node) {
        if (v instanceof String s) {
            return s;
        }
        throw error(function + " expects a string, got " + Types.typeName(v), node);
    }

    /** An Int of any size (Long or BigInt): for positions, whose range check gives the message. */
    public static Object anyInt(String function, Object v, Node node) {
        if (Types.isInt(v)) {
            return v;
        }
        throw error(function + " expects an int, got " + Types.typeName(v), node);
    }

    /** A Duration, or a number of milliseconds. */
    public static AlDuration duration(String function, Object v, Node node) {
        if (v instanceof AlDuration d) {
            return d;
        } else if (Types.isNumber(v) && !Double.isNaN(Types.toDouble(v))) {
            return AlDuration.ofMillis(Types.toDouble(v));
        }
        throw error(function + " expects a duration, got " + describe(v), node);
    }

    /** A value's type for an error message; NaN by name (a float, but no number of anything). */
    public static String describe(Object v) {
        return v instanceof Double d && d.isNaN() ? "NaN" : Types.typeName(v);
    }

    /** Calls a function value the script passed in (a callback). */
    public static Object call(Node node, Object function, Object... args) {
        return FunctionCall.getUncached().call(node, -1, function, args);
    }
}
