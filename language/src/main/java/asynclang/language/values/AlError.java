package asynclang.language.values;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An error raised by the runtime (type errors, timeouts, aborts, ...). Scripts catch it as a
 * value: {@code e.message} and {@code str(e)} are its message.
 */
@ExportLibrary(InteropLibrary.class)
public final class AlError extends ScriptObject {

    public final String message;

    public AlError(String message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return message;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return AlList.of("message");
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return "message".equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!"message".equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return message;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return message;
    }
}
