package asynclang.language.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.values.LanguageObject;
import asynclang.language.values.AlList;
import asynclang.language.values.Cell;
import asynclang.language.values.Nil;
import asynclang.language.values.StringAccumulator;

/**
 * The variables of a body at a statement, as a debugger lists them: the Bytecode DSL's scope,
 * without the locals that have no value yet (a {@code let} further down), which the DSL shows
 * as a Java placeholder object rather than leaving out.
 */
@ExportLibrary(InteropLibrary.class)
final class BodyScope extends LanguageObject {

    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private final Object scope;

    BodyScope(Object scope) {
        this.scope = scope;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) throws UnsupportedMessageException {
        Object names = INTEROP.getMembers(scope, includeInternal);
        AlList set = new AlList();
        for (long i = 0; i < INTEROP.getArraySize(names); i++) {
            try {
                String name = INTEROP.asString(INTEROP.readArrayElement(names, i));
                if (hasValue(name)) {
                    set.add(name);
                }
            } catch (com.oracle.truffle.api.interop.InvalidArrayIndexException e) {
                break;
            }
        }
        return set;
    }

    private boolean hasValue(String name) {
        try {
            Object v = INTEROP.readMember(scope, name);
            if (v instanceof Cell c) {
                return c.value != null;
            }
            return !INTEROP.isNull(v) || v instanceof Nil;
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            return false;
        }
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return INTEROP.isMemberReadable(scope, member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
        return value(INTEROP.readMember(scope, member));
    }

    /**
     * What a slot holds as the script sees it: a captured variable's slot holds its cell, and a
     * string being built by appending is an accumulator; the script reads the string.
     */
    private static Object value(Object slot) {
        Object v = slot instanceof Cell c ? c.value : slot;
        return v == null ? Nil.NIL : StringAccumulator.settled(v);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return INTEROP.isMemberModifiable(scope, member);
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnsupportedMessageException, UnknownIdentifierException, UnsupportedTypeException {
        if (INTEROP.readMember(scope, member) instanceof Cell c) {
            // A captured variable: its closures share the cell, so the new value goes in it.
            c.value = value;
            return;
        }
        INTEROP.writeMember(scope, member, value);
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasScopeParent() {
        return INTEROP.hasScopeParent(scope);
    }

    @ExportMessage
    @TruffleBoundary
    Object getScopeParent() throws UnsupportedMessageException {
        return new BodyScope(INTEROP.getScopeParent(scope));
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        return INTEROP.hasSourceLocation(scope);
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        return INTEROP.getSourceLocation(scope);
    }


    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return INTEROP.toDisplayString(scope, allowSideEffects);
    }
}
