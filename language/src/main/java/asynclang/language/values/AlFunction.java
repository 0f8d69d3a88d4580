package asynclang.language.values;

import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.builtins.HostValues;

/**
 * A function value: a named function, a closure or a built-in. Calls pass the function itself
 * as argument 0, so the body can reach its captured cells, followed by the arguments.
 */
@ExportLibrary(InteropLibrary.class)
public final class AlFunction implements TruffleObject {

    public static final Object[] NO_CAPTURES = new Object[0];

    public final FunctionTemplate template;
    /** The {@link Cell}s this closure captured, in the order its body's capture indices use. */
    public final Object[] captures;

    public AlFunction(FunctionTemplate template, Object[] captures) {
        this.template = template;
        this.captures = captures;
    }

    public String name() {
        return template.name;
    }

    @Override
    public String toString() {
        return "<" + (template.kind == FunctionTemplate.Kind.ASYNC_FUNCTION ? "async fn" : "fn") + " " + template.name + ">";
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments) throws ArityException {
        if (!template.acceptsArity(arguments.length)) {
            throw ArityException.create(template.minArity, template.maxArity, arguments.length);
        }
        Object[] frameArgs = new Object[arguments.length + 1];
        frameArgs[0] = this;
        for (int i = 0; i < arguments.length; i++) {
            frameArgs[i + 1] = HostValues.fromHost(arguments[i]);
        }
        if (template.kind.isAsync()) {
            return new asynclang.language.async.Coroutine(template, frameArgs);
        }
        return template.callTarget.call(frameArgs);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
