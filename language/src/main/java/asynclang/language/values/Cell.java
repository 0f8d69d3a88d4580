package asynclang.language.values;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A variable captured by a closure. Closures capture by reference, so a captured variable lives
 * in a cell shared by its declaring frame and every closure that names it. {@code null} means
 * the declaration has not run yet (a function declared earlier in the block read it too soon).
 * A TruffleObject only so that a debugger may read the frame slot holding it (the scope lists
 * the value inside, see BodyScope).
 */
public final class Cell implements TruffleObject {

    public Object value;

    public Cell() {
    }

    public Cell(Object value) {
        this.value = value;
    }
}
