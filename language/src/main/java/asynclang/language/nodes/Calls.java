package asynclang.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.builtins.HostValues;
import asynclang.language.errors.AlException;
import asynclang.language.values.AlFunction;
import asynclang.language.values.FunctionTemplate;
import asynclang.language.values.Types;

/** The slow paths of a call: wrong arity, and callees that are not asynclang functions. */
public final class Calls {

    private Calls() {
    }

    @TruffleBoundary
    public static AlException arityError(FunctionTemplate template, int given, Node node, int bci) {
        return AlException.error("arity error: " + template.name + " " + template.expectation() + ", got " + given, node, bci);
    }

    /** Host objects an embedder passed in may be callable; anything else is an error. */
    @TruffleBoundary
    public static Object callForeign(Object[] calleeAndArgs, Node node, int bci) {
        Object callee = calleeAndArgs[0];
        InteropLibrary interop = InteropLibrary.getUncached(callee);
        if (!HostValues.isAsynclangValue(callee) && interop.isExecutable(callee)) {
            Object[] args = new Object[calleeAndArgs.length - 1];
            System.arraycopy(calleeAndArgs, 1, args, 0, args.length);
            try {
                return HostValues.fromHost(interop.execute(callee, args));
            } catch (InteropException e) {
                throw AlException.error("calling a host function failed: " + e.getMessage(), node, bci);
            }
        }
        throw AlException.error("cannot call a value of type " + Types.typeName(callee), node, bci);
    }

    /** Calls a function value from Java code (a built-in calling back into a script). */
    @TruffleBoundary
    public static Object callValue(Object callee, Node node, int bci, Object... args) {
        Object[] calleeAndArgs = new Object[args.length + 1];
        calleeAndArgs[0] = callee;
        System.arraycopy(args, 0, calleeAndArgs, 1, args.length);
        if (callee instanceof AlFunction f) {
            if (!f.template.acceptsArity(args.length)) {
                throw arityError(f.template, args.length, node, bci);
            }
            if (f.template.kind.isAsync()) {
                return new asynclang.language.async.Coroutine(f.template, calleeAndArgs);
            }
            // Passing the caller's node keeps the calling frame in stack traces.
            return f.template.callTarget.call(node, calleeAndArgs);
        }
        return callForeign(calleeAndArgs, node, bci);
    }
}
