package asynclang.language.async;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.functions.FunctionTemplate;

/**
 * What calling an async fn, async closure or async block runs: it only packs the arguments into
 * a new {@link Coroutine}. Nothing of the body runs until the future is polled. A call site
 * that knows the function runs {@link #invoke} itself, as it does a built-in's Java code; the
 * call target serves the rest (interop, megamorphic sites).
 */
public final class AsyncEntryRootNode extends RootNode implements FunctionTemplate.JavaBody {

    private final FunctionTemplate template;

    public AsyncEntryRootNode(TruffleLanguage<?> language, FunctionTemplate template) {
        super(language);
        this.template = template;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return invoke(frame.getArguments());
    }

    /** What a call site that knows the function runs instead of calling this root. */
    @Override
    public Object invoke(Object[] calleeAndArgs) {
        return new Coroutine(template, calleeAndArgs);
    }

    @Override
    public String getName() {
        return template.name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return getName();
    }
}
