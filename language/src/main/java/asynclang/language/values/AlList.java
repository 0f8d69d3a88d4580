package asynclang.language.values;

import java.util.Collection;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A mutable, growable list. Shows to Java embedders as an array. */
@ExportLibrary(InteropLibrary.class)
public final class AlList extends ScriptObject {

    public final ListItems items;

    public AlList() {
        this.items = new ListItems();
    }

    public AlList(ListItems items) {
        this.items = items;
    }

    /** A list of a copy of {@code elements}. */
    @TruffleBoundary
    public AlList(Collection<?> elements) {
        this.items = ListItems.copyOf(elements);
    }

    @TruffleBoundary
    public static AlList of(Object... values) {
        return new AlList(ListItems.owning(values.clone()));
    }

    /**
     * A list literal's list, made in compiled code: it owns the array the literal's elements
     * were collected in (a fresh one per evaluation).
     */
    public static AlList literal(Object[] elements) {
        return new AlList(ListItems.owning(elements));
    }

    // Element access is compiled into the caller (see ListItems): no boundaries.

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void add(Object v) {
        items.add(v);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return size();
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < size();
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return isArrayElementReadable(index);
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return index == size();
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return get((int) index);
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        if (index == size()) {
            items.add(HostValues.fromCaller(value));
        } else if (isArrayElementReadable(index)) {
            items.set((int) index, HostValues.fromCaller(value));
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Formatter.display(this);
    }
}
