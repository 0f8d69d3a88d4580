package asynclang.language.values;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The `nil` value. A singleton, so identity comparison is enough. */
@ExportLibrary(InteropLibrary.class)
public final class Nil extends ScriptObject {

    public static final Nil NIL = new Nil();

    private Nil() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "nil";
    }

    @Override
    public String toString() {
        return "nil";
    }
}
