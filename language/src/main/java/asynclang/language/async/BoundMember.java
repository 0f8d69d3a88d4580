package asynclang.language.async;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A future's {@code get} or {@code then} read as a value: executing it invokes the member. */
@ExportLibrary(InteropLibrary.class)
final class BoundMember implements TruffleObject {

    private final AlFuture future;
    private final String member;

    BoundMember(AlFuture future, String member) {
        this.future = future;
        this.member = member;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) {
        try {
            return future.invokeMember(member, arguments);
        } catch (UnknownIdentifierException e) {
            throw new IllegalStateException(e);
        }
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<method " + member + " of " + future + ">";
    }
}
