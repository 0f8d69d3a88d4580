package asynclang.language.async;

import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Resumes a suspended body with a value. Every yield has its own continuation root, and a
 * driver sees few of them, so they get direct calls the compiler can inline (the Bytecode DSL
 * recommends caching the continuation's call target rather than {@code continueWith}).
 */
@GenerateInline(false)
abstract class ResumeNode extends Node {

    abstract Object execute(ContinuationResult continuation, Object value);

    @Specialization(guards = "continuation.getContinuationRootNode() == cachedRoot", limit = "8")
    static Object doDirect(ContinuationResult continuation, Object value,
                    @Cached("continuation.getContinuationRootNode()") ContinuationRootNode cachedRoot,
                    @Cached("create(cachedRoot.getCallTarget())") DirectCallNode call) {
        return call.call(continuation.getFrame(), value);
    }

    @Specialization(replaces = "doDirect")
    static Object doIndirect(ContinuationResult continuation, Object value, @Cached IndirectCallNode call) {
        return call.call(continuation.getContinuationCallTarget(), continuation.getFrame(), value);
    }
}
