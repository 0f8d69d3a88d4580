package asynclang.language.engine;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.AsyncLangContext;
import asynclang.language.values.Nil;

/** {@code --explain}: prints the compiled state machines; runs nothing of the program. */
public final class ExplainRootNode extends RootNode {

    private final String explanation;

    public ExplainRootNode(TruffleLanguage<?> language, String explanation) {
        super(language);
        this.explanation = explanation;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        AsyncLangContext context = AsyncLangContext.get(this);
        context.print(explanation);
        context.flush();
        return Nil.NIL;
    }
}
