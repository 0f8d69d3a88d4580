package asynclang.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.values.Formatter;
import asynclang.language.values.HostValues;
import asynclang.language.values.LanguageObject;
import asynclang.language.values.TypeObject;
import asynclang.language.values.Types;

/**
 * How a primitive value (an Int, a Float, a String, a Bool) looks from asynclang to a host or a
 * tool: its type ({@code typeof}'s name) as its metaobject, and the text {@code println} shows.
 * Every other message goes to the value itself. Truffle asks for this view of values that name
 * no language; object values name it themselves (values/ScriptObject).
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "delegate")
final class LanguageView extends LanguageObject {

    final Object delegate;

    LanguageView(Object delegate) {
        this.delegate = delegate;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return HostValues.isAsynclangValue(delegate);
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() throws UnsupportedMessageException {
        if (!HostValues.isAsynclangValue(delegate)) {
            throw UnsupportedMessageException.create();
        }
        return TypeObject.of(Types.typeName(delegate));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Formatter.display(delegate);
    }
}
