package asynclang.language.builtins;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;

/** The body of one global built-in function. */
@FunctionalInterface
public interface Builtin {

    /** {@code node} is the built-in's root node: where errors raised here are reported from. */
    Object call(AsyncLangContext context, Object[] args, Node node);
}
