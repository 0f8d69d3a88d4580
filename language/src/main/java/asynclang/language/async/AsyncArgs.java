package asynclang.language.async;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.AlDuration;
import asynclang.language.values.Types;

/** Argument checks shared by the async built-ins and the methods of their objects. */
final class AsyncArgs {

    private AsyncArgs() {
    }

    static void arity(String name, Object[] args, int n, Node node, int bci) {
        if (args.length != n) {
            throw AlException.error("arity error: " + name + " expects " + n + (n == 1 ? " argument" : " arguments") + ", got " + args.length, node, bci);
        }
    }

    /** A Duration, or a number of milliseconds. */
    static AlDuration duration(String function, Object v, Node node) {
        if (v instanceof AlDuration d) {
            return d;
        } else if (Types.isNumber(v)) {
            return AlDuration.ofMillis(Types.toDouble(v));
        }
        throw AlException.error(function + " expects a duration, got " + Types.typeName(v), node);
    }
}
