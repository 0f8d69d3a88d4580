package asynclang.language.async;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.values.Types;
import asynclang.runtime.Future;

/**
 * A Future value of the language. Awaiting consumes it: a second {@code .await} is an error,
 * as moving a future into {@code .await} is in Rust.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class AlFuture implements Future, TruffleObject, Types.Named {

    private boolean consumed;

    /** Marks the future as taken by an await (or a combinator); false if it already was. */
    public boolean consume() {
        if (consumed) {
            return false;
        }
        consumed = true;
        return true;
    }

    public boolean isConsumed() {
        return consumed;
    }

    @Override
    public String typeName() {
        return "future";
    }

    @Override
    public String toString() {
        return "<future " + describe() + ">";
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
