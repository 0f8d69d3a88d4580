package asynclang.language.async;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.functions.FunctionTemplate;

/** Runs an async body from its start: a direct call for the few bodies a site sees. */
@GenerateInline(false)
public abstract class StartNode extends Node {

    public abstract Object execute(FunctionTemplate template, Object[] arguments);

    @Specialization(guards = "template == cached", limit = "8")
    static Object doDirect(@SuppressWarnings("unused") FunctionTemplate template, Object[] arguments,
                    @Cached("template") FunctionTemplate cached,
                    @Cached("create(cached.body)") DirectCallNode call) {
        return call.call(arguments);
    }

    @Specialization(replaces = "doDirect")
    static Object doIndirect(FunctionTemplate template, Object[] arguments, @Cached IndirectCallNode call) {
        return call.call(template.body, arguments);
    }
}
