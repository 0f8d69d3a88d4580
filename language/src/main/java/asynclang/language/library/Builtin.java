package asynclang.language.library;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;

/**
 * The body of a built-in function or method. For a method, {@code args[0]} is the receiver.
 * {@code node} is the built-in's root node: errors raised with it are reported at the
 * asynclang call site.
 */
@FunctionalInterface
public interface Builtin {

    Object call(AsyncLangContext context, Object[] args, Node node);

    /**
     * A body small enough, and free enough of deep library code, to be compiled into its call
     * sites: it runs without the boundary the others run behind (a list's {@code push}, say).
     */
    @FunctionalInterface
    interface Inline extends Builtin {
    }
}
