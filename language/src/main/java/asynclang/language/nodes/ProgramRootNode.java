package asynclang.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.AsyncLangContext;
import asynclang.language.errors.AlException;
import asynclang.language.errors.ErrorReport;
import asynclang.language.values.Nil;

/**
 * Runs a file's top level (and its {@code main}). When the embedder asked for reports, an
 * uncaught error is printed as one and ends the program with status 1; otherwise it reaches
 * the embedder as a polyglot exception.
 */
public final class ProgramRootNode extends RootNode {

    private final RootCallTarget topLevel;

    public ProgramRootNode(TruffleLanguage<?> language, AlRootNode topLevel) {
        super(language);
        this.topLevel = topLevel.getCallTarget();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        AsyncLangContext context = AsyncLangContext.get(this);
        try {
            return topLevel.call(Nil.NIL);
        } catch (AlException e) {
            if (context.reportErrors()) {
                report(context, e);
                throw context.exit(1, this);
            }
            throw e;
        } finally {
            context.flush();
        }
    }

    @TruffleBoundary
    private static void report(AsyncLangContext context, AlException e) {
        context.printError(ErrorReport.uncaught(e));
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
