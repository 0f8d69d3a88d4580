package asynclang.language.library;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.AsyncLangContext;
import asynclang.language.functions.FunctionTemplate;

/**
 * Runs a {@link Builtin}: call sites call {@link #invoke} with the call's arguments (argument 0
 * is the function itself or, for a method, the receiver). It is a root node so that the
 * built-in has a node to find its context and to report errors at (they are reported at the
 * asynclang call site); nothing makes its call target unless a tool asks for one. The
 * built-in's own Java code runs behind a boundary (see {@link #call}).
 */
public final class BuiltinRootNode extends RootNode implements FunctionTemplate.JavaBody {

    private final String name;
    private final Builtin body;
    private final boolean isMethod;

    BuiltinRootNode(TruffleLanguage<?> language, String name, Builtin body, boolean isMethod) {
        super(language);
        this.name = name;
        this.body = body;
        this.isMethod = isMethod;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return invoke(frame.getArguments());
    }

    /** Runs the built-in; call sites that know it call this directly (see FunctionCall). */
    @Override
    public Object invoke(Object[] calleeAndArgs) {
        Object[] args;
        if (isMethod) {
            args = calleeAndArgs;
        } else {
            args = new Object[calleeAndArgs.length - 1];
            System.arraycopy(calleeAndArgs, 1, args, 0, args.length);
        }
        if (body instanceof Builtin.Inline) {
            return body.call(AsyncLangContext.get(this), args, this);
        }
        return call(body, AsyncLangContext.get(this), args, this);
    }

    /**
     * Built-ins run behind a boundary: their Java code reaches deep into the runtime (spawning
     * a task inlined the executor until the compiler gave up after 2 s: "too deep inlining"),
     * and on two cores a compiler busy partial-evaluating library code delays everything else.
     */
    @TruffleBoundary
    private static Object call(Builtin body, AsyncLangContext context, Object[] args, BuiltinRootNode node) {
        return body.call(context, args, node);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return getName();
    }
}
