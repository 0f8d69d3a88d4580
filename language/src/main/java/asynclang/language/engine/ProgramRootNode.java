package asynclang.language.engine;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.AsyncLangContext;
import asynclang.language.AsyncLangLanguage;
import asynclang.language.async.Coroutine;
import asynclang.language.errors.AlException;
import asynclang.language.errors.Unwinding;
import asynclang.language.errors.ErrorReport;
import asynclang.language.functions.FunctionTemplate;
import asynclang.language.functions.HostEntry;
import asynclang.language.tooling.TaskDump;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.runtime.Deadlock;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Task;

/**
 * Runs a file: its top level is the body of a main task, which the context's executor drives
 * to completion (block_on) along with every other task. Tasks it spawns outlive it, until the
 * context closes, unless the context ends the program with its main task (the asynclang
 * command's policy, as in Tokio). When the embedder asked for reports, an uncaught error is
 * printed as one and ends the program with status 1, a deadlock with status 2; otherwise they
 * reach the embedder as polyglot exceptions. An interactive source (a REPL's input) shows its
 * value in the form a list shows it, and reports its uncaught error itself, so the REPL goes on.
 */
public final class ProgramRootNode extends RootNode {

    private final FunctionTemplate topLevel;
    private final boolean interactive;
    /** The value of a program run with EndWithMainTask that ended well: exit status 0. */
    private static final Integer SUCCESS = 0;

    public ProgramRootNode(TruffleLanguage<?> language, FunctionTemplate topLevel, boolean interactive) {
        super(language);
        this.topLevel = topLevel;
        this.interactive = interactive;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(AsyncLangContext.get(this));
    }

    @TruffleBoundary
    private Object run(AsyncLangContext context) {
        int entry = HostEntry.enter();
        if (entry == HostEntry.BUSY) {
            throw AlException.error("this context is running script code on another thread; evaluate on that thread, or hand it work through a future it awaits", this);
        }
        try {
            return runTopLevel(context);
        } finally {
            if (entry == HostEntry.ENTERED) {
                HostEntry.exit();
            }
        }
    }

    private Object runTopLevel(AsyncLangContext context) {
        Executor executor = context.executor();
        boolean reportErrors = context.option(AsyncLangLanguage.ReportErrors);
        try {
            Task main;
            try {
                executor.catchUp();
                main = executor.blockOn("main", new Coroutine(topLevel, new Object[]{Nil.NIL}), ProgramRootNode::isInterrupt);
            } catch (Deadlock d) {
                executor.listener().note(null, "deadlock", "no task can make progress");
                if (reportErrors || interactive) {
                    context.printError(TaskDump.deadlock(d));
                }
                if (interactive) {
                    // Its main task must not wait on, taking what a later input sends.
                    d.tasks().stream().filter(Task::isMain).forEach(executor::cancelNow);
                    return Nil.NIL;
                }
                if (reportErrors) {
                    throw context.exit(2, this);
                }
                throw AlException.error(TaskDump.deadlock(d).strip(), this);
            } catch (InterruptedException e) {
                throw new IllegalStateException("the executor's wait was interrupted outside a safepoint", e);
            } catch (Unwinding u) {
                // Out of stack before any frame was far enough from its end to make the
                // overflow catchable (a thread with a small stack: --vm.Xss512k): it ends the
                // program as its uncaught error.
                return failed(context, u.asError(), reportErrors);
            }
            boolean endsProgram = context.option(AsyncLangLanguage.EndWithMainTask);
            if (endsProgram) {
                executor.shutdown();
            } else {
                // Tasks this evaluation spawned get their first poll before the host moves on:
                // their timers and I/O start now, not at the host's next call.
                executor.catchUp();
            }
            if (main.output() instanceof Failure f) {
                return failed(context, (AlException) f.error(), reportErrors);
            }
            if (interactive && main.output() != Nil.NIL) {
                context.print(Formatter.repr(main.output()) + "\n");
            }
            if (endsProgram) {
                // A program that ran to its end, as a process does: its value is its exit
                // status. A number, too, costs the host nothing to receive, where the first
                // guest object a host receives costs ~35 ms of one-time set-up in the
                // polyglot layer (measured on hello).
                return SUCCESS;
            }
            return main.output();
        } finally {
            context.flush();
        }
    }

    /** The main task's uncaught error: reported (the command, the REPL) or thrown to the host. */
    private Object failed(AsyncLangContext context, AlException e, boolean reportErrors) {
        if (interactive) {
            context.printError(ErrorReport.uncaught(e));
            return Nil.NIL;
        }
        if (reportErrors) {
            context.printError(ErrorReport.uncaught(e));
            throw context.exit(1, this);
        }
        throw e;
    }

    /**
     * A host's {@code Context.interrupt} (the REPL's Ctrl-C): the context stays usable, so the
     * interrupted main task is cancelled and its finally blocks run. Not a context being closed
     * or exited: no guest code may run then.
     */
    private static boolean isInterrupt(Throwable t) {
        try {
            return t instanceof AbstractTruffleException && InteropLibrary.getUncached().getExceptionType(t) == ExceptionType.INTERRUPT;
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
