package asynclang.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.Coroutine;
import asynclang.language.async.TaskDump;
import asynclang.language.errors.AlException;
import asynclang.language.errors.ErrorReport;
import asynclang.language.values.FunctionTemplate;
import asynclang.language.values.Nil;
import asynclang.runtime.Deadlock;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Task;

/**
 * Runs a file: its top level is the body of the main task, which the context's executor drives
 * to completion (block_on) along with every task it spawns; when it ends, tasks still running
 * are cancelled. When the embedder asked for reports, an uncaught error is printed as one and
 * ends the program with status 1, a deadlock with status 2; otherwise they reach the embedder
 * as polyglot exceptions.
 */
public final class ProgramRootNode extends RootNode {

    private final FunctionTemplate topLevel;

    public ProgramRootNode(TruffleLanguage<?> language, AlRootNode topLevel) {
        super(language);
        this.topLevel = new FunctionTemplate("main", FunctionTemplate.Kind.ASYNC_FUNCTION, 0, 0, topLevel.getCallTarget());
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(AsyncLangContext.get(this));
    }

    @TruffleBoundary
    private Object run(AsyncLangContext context) {
        Executor executor = context.executor();
        try {
            Task main;
            try {
                main = executor.blockOn("main", new Coroutine(topLevel, new Object[]{Nil.NIL}));
            } catch (Deadlock d) {
                if (context.tracer() != null) {
                    context.tracer().deadlock();
                }
                if (context.reportErrors()) {
                    context.printError(TaskDump.deadlock(d));
                    throw context.exit(2, this);
                }
                throw AlException.error(TaskDump.deadlock(d).strip(), this);
            }
            executor.shutdown();
            if (main.output() instanceof Failure f) {
                AlException e = (AlException) f.error();
                if (context.reportErrors()) {
                    context.printError(ErrorReport.uncaught(e));
                    throw context.exit(1, this);
                }
                throw e;
            }
            return main.output();
        } finally {
            context.flush();
        }
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
