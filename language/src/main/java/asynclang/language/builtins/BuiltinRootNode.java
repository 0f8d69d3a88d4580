package asynclang.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.AsyncLangContext;

/** Runs a {@link Builtin}. Frame arguments are the usual: the function, then its arguments. */
public final class BuiltinRootNode extends RootNode {

    private final String name;
    @CompilationFinal private Builtin body;

    public BuiltinRootNode(TruffleLanguage<?> language, String name, Builtin body) {
        super(language);
        this.name = name;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] frameArgs = frame.getArguments();
        Object[] args = new Object[frameArgs.length - 1];
        System.arraycopy(frameArgs, 1, args, 0, args.length);
        return body.call(AsyncLangContext.get(this), args, this);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return false;
    }
}
