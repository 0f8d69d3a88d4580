package asynclang.language.library;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.AsyncLangContext;

/**
 * Runs a {@link Builtin}. Frame arguments are the usual: argument 0 is the function itself (or,
 * for a method, the receiver), then the arguments. A built-in called from a call site that
 * sees only it is inlined there by the compiler, body and all.
 */
public final class BuiltinRootNode extends RootNode {

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
        Object[] frameArgs = frame.getArguments();
        Object[] args;
        if (isMethod) {
            args = frameArgs;
        } else {
            args = new Object[frameArgs.length - 1];
            System.arraycopy(frameArgs, 1, args, 0, args.length);
        }
        return body.call(AsyncLangContext.get(this), args, this);
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
