package asynclang.language.values;

/**
 * A variable captured by a closure. Closures capture by reference, so a captured variable lives
 * in a cell shared by its declaring frame and every closure that names it. {@code null} means
 * the declaration has not run yet (a function declared earlier in the block read it too soon).
 */
public final class Cell {

    public Object value;

    public Cell() {
    }

    public Cell(Object value) {
        this.value = value;
    }
}
