package asynclang.language.values;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** An interop iterator over a snapshot list, for embedders iterating maps. */
@ExportLibrary(InteropLibrary.class)
final class InteropIterator implements TruffleObject {

    private final AlList items;
    private int next;

    InteropIterator(AlList items) {
        this.items = items;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    boolean hasIteratorNextElement() {
        return next < items.size();
    }

    @ExportMessage
    Object getIteratorNextElement() throws StopIterationException {
        if (next >= items.size()) {
            throw StopIterationException.create();
        }
        return items.get(next++);
    }
}
