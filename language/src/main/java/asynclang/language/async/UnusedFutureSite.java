package asynclang.language.async;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;

/** An expression statement that may drop a future; remembers that it has warned. */
public final class UnusedFutureSite {

    /** {@code hello.al:9:5}. */
    private final String position;
    public boolean warned;

    public UnusedFutureSite(String position) {
        this.position = position;
    }

    public void warn(Coroutine future, Node node) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        warned = true;
        String what = future.template().kind == asynclang.language.values.FunctionTemplate.Kind.ASYNC_BLOCK
                        ? "async block" : "future returned by " + future.name() + "()";
        AsyncLangContext.get(node).printError("warning: " + position + ": " + what + " is never awaited; its body will not run\n");
    }
}
