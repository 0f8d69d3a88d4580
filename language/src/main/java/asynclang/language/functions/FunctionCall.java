package asynclang.language.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.Foreign;
import asynclang.language.values.HostValues;
import asynclang.language.values.Types;

/**
 * The one way asynclang calls a function value, used by call expressions, method calls,
 * built-ins that call back (a list's {@code map}) and the interop {@code execute} message:
 * check the arity, then call the template's call target (an async function's target makes its
 * future, so async calls need nothing special). A call site sees few functions, so the first
 * three get a direct call that the compiler can inline; host functions go through interop.
 * <p>
 * The argument array is the callee followed by its arguments; {@code location} and
 * {@code bytecodeIndex} say where an arity error is reported.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class FunctionCall extends Node {

    public abstract Object execute(Object[] calleeAndArgs, Node location, int bytecodeIndex);

    public static FunctionCall create() {
        return FunctionCallNodeGen.create();
    }

    /** For Java code that calls back into scripts now and then (a built-in's callback). */
    public static FunctionCall getUncached() {
        return FunctionCallNodeGen.getUncached();
    }

    /** A built-in: its Java code runs here, without a call (see FunctionTemplate.JavaBody). */
    @Specialization(guards = {"cached != null", "templateOf(calleeAndArgs) == cached", "cached.javaBody != null"}, limit = "3")
    static Object doJava(Object[] calleeAndArgs, Node location, int bytecodeIndex,
                    @Cached("templateOf(calleeAndArgs)") FunctionTemplate cached) {
        if (!cached.acceptsArity(calleeAndArgs.length - 1)) {
            throw arityError(cached, calleeAndArgs.length - 1, location, bytecodeIndex);
        }
        return cached.javaBody.invoke(calleeAndArgs);
    }

    @Specialization(guards = {"cached != null", "templateOf(calleeAndArgs) == cached", "cached.javaBody == null"}, limit = "3")
    static Object doDirect(Object[] calleeAndArgs, Node location, int bytecodeIndex,
                    @Cached("templateOf(calleeAndArgs)") FunctionTemplate cached,
                    @Cached("create(cached.callTarget)") DirectCallNode call) {
        if (!cached.acceptsArity(calleeAndArgs.length - 1)) {
            throw arityError(cached, calleeAndArgs.length - 1, location, bytecodeIndex);
        }
        return call.call(calleeAndArgs);
    }

    @Specialization(replaces = {"doJava", "doDirect"}, guards = "templateOf(calleeAndArgs) != null")
    static Object doIndirect(Object[] calleeAndArgs, Node location, int bytecodeIndex,
                    @Cached IndirectCallNode call) {
        FunctionTemplate template = templateOf(calleeAndArgs);
        if (!template.acceptsArity(calleeAndArgs.length - 1)) {
            throw arityError(template, calleeAndArgs.length - 1, location, bytecodeIndex);
        }
        if (template.javaBody != null) {
            return template.javaBody.invoke(calleeAndArgs);
        }
        return call.call(template.callTarget, calleeAndArgs);
    }

    @Specialization(guards = "templateOf(calleeAndArgs) == null")
    static Object doForeign(Object[] calleeAndArgs, Node location, int bytecodeIndex) {
        return callForeign(calleeAndArgs, location, bytecodeIndex);
    }

    static FunctionTemplate templateOf(Object[] calleeAndArgs) {
        return calleeAndArgs[0] instanceof AlFunction f ? f.template : null;
    }

    @TruffleBoundary
    public static AlException arityError(FunctionTemplate template, int given, Node location, int bytecodeIndex) {
        return AlException.error("arity error: " + template.name + " " + template.expectation() + ", got " + given, location, bytecodeIndex);
    }

    /** Host functions an embedder passed in may be callable; anything else is an error. */
    @TruffleBoundary
    private static Object callForeign(Object[] calleeAndArgs, Node location, int bytecodeIndex) {
        Object callee = calleeAndArgs[0];
        InteropLibrary interop = InteropLibrary.getUncached(callee);
        if (!HostValues.isAsynclangValue(callee) && interop.isExecutable(callee)) {
            Object[] args = new Object[calleeAndArgs.length - 1];
            System.arraycopy(calleeAndArgs, 1, args, 0, args.length);
            try {
                return Foreign.valueFrom(callee, interop.execute(callee, Foreign.isHostObject(callee) ? HostValues.argumentsForJava(args) : args));
            } catch (InteropException e) {
                throw AlException.error("calling a host function failed: " + Foreign.explain(e), location, bytecodeIndex);
            }
        }
        throw AlException.error("cannot call a value of type " + Types.typeName(callee), location, bytecodeIndex);
    }

    /** Calls {@code callee} from Java code with {@code args} (a built-in calling back into a script). */
    public final Object call(Node location, int bytecodeIndex, Object callee, Object... args) {
        Object[] calleeAndArgs = new Object[args.length + 1];
        calleeAndArgs[0] = callee;
        System.arraycopy(args, 0, calleeAndArgs, 1, args.length);
        return execute(calleeAndArgs, location, bytecodeIndex);
    }
}
