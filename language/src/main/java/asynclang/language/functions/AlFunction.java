package asynclang.language.functions;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.values.ScriptObject;
import asynclang.language.values.HostValues;
import asynclang.language.values.Types;

/**
 * A function value: a named function, a closure or a built-in. Calls pass the function itself
 * as argument 0, so the body can reach its captured cells, followed by the arguments.
 */
@ExportLibrary(InteropLibrary.class)
public final class AlFunction extends ScriptObject implements Types.Named {

    public static final Object[] NO_CAPTURES = new Object[0];

    public final FunctionTemplate template;
    /** The cells this closure captured, in the order its body's capture indices use. */
    public final Object[] captures;

    public AlFunction(FunctionTemplate template, Object[] captures) {
        this.template = template;
        this.captures = captures;
    }

    public String name() {
        return template.name;
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String toString() {
        boolean async = template.kind == FunctionTemplate.Kind.ASYNC_FUNCTION || template.kind == FunctionTemplate.Kind.ASYNC_CLOSURE;
        return "<" + (async ? "async fn" : "fn") + " " + template.name + ">";
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments, @Cached(inline = false) FunctionCall call) {
        Object[] frameArgs = new Object[arguments.length + 1];
        frameArgs[0] = this;
        for (int i = 0; i < arguments.length; i++) {
            frameArgs[i + 1] = HostValues.fromCaller(arguments[i]);
        }
        if (HostEntry.ONE_THREAD.isValid()) {
            HostEntry.catchUp();
            try {
                return call.execute(frameArgs, null, -1);
            } finally {
                HostEntry.returned();
            }
        }
        // Called by the host or another language: one thread at a time runs this context's code.
        int entry = HostEntry.enter();
        if (entry == HostEntry.BUSY) {
            return HostEntry.handOver(() -> call.execute(frameArgs, null, -1));
        }
        try {
            HostEntry.catchUp();
            return call.execute(frameArgs, null, -1);
        } finally {
            HostEntry.returned();
            if (entry == HostEntry.ENTERED) {
                HostEntry.exit();
            }
        }
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
