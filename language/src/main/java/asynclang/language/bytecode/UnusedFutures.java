package asynclang.language.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.Coroutine;
import asynclang.language.async.AwaitOnceFuture;
import asynclang.language.functions.FunctionTemplate;

/** The never-awaited warning: a future dropped by an expression statement does nothing. */
final class UnusedFutures {

    private UnusedFutures() {
    }

    /** Warns if {@code value} is a future nobody polled. */
    static void check(String site, Object value, Node node) {
        if (value instanceof Coroutine c && !c.isStarted() && !c.isConsumed()) {
            warn(site, c, node);
        } else if (value instanceof AwaitOnceFuture f && f.maker() != null && !f.isConsumed()) {
            warn(site, f, node);
        }
    }

    @TruffleBoundary
    static void warn(String site, Coroutine future, Node node) {
        String what = future.template().kind == FunctionTemplate.Kind.ASYNC_BLOCK ? "async block" : "future returned by " + future.name() + "()";
        warn(site, what + " is never awaited; its body will not run", node);
    }

    @TruffleBoundary
    static void warn(String site, AwaitOnceFuture future, Node node) {
        warn(site, "future returned by " + future.maker() + " is never awaited; it does nothing", node);
    }

    private static void warn(String site, String message, Node node) {
        AsyncLangContext context = AsyncLangContext.get(node);
        if (context.firstWarningAt(site)) {
            context.printError("warning: " + site + ": " + message + "\n");
        }
    }
}
