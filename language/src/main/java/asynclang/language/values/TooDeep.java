package asynclang.language.values;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/**
 * Comparing or printing a value recurses through its lists and maps, so a value nested a few
 * hundred thousand deep (or one that contains itself, compared with another that does) runs
 * out of Java stack there. That becomes the script's catchable "stack overflow", raised where
 * the recursion began (the stack is back to the operation's depth by then), as a runaway
 * recursion of the script's own is, and as Python raises RecursionError.
 */
final class TooDeep {

    private TooDeep() {
    }

    static AlException error(String what) {
        return error(what, null, -1);
    }

    static AlException error(String what, Node node, int bci) {
        return AlException.error("stack overflow: the values are nested too deeply to " + what, node, bci);
    }
}
