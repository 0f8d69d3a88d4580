package asynclang.language.values;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.RandomAccess;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A list's elements: an array and a length, as {@link java.util.ArrayList} keeps them, with the
 * everyday operations ({@code l[i]}, {@code l[i] = v}, {@code l.push(v)}) small enough to be
 * compiled into a script's own code. ArrayList's {@code add} brings its growth policy and its
 * error messages into every compiled push (partial evaluation of one push loop took 7 s
 * instead of 1 s on a cold compiler); here growing is one call behind a boundary, and running
 * a push or an index through a boundary into Java compiled only by C1 is what made them 30-40 ns.
 */
public final class ListItems extends AbstractList<Object> implements RandomAccess {

    private static final Object[] EMPTY = {};

    private Object[] store;
    private int size;

    public ListItems() {
        this.store = EMPTY;
    }

    private ListItems(Object[] store, int size) {
        this.store = store;
        this.size = size;
    }

    /** A list that takes {@code elements} as its own (no copy). */
    public static ListItems owning(Object[] elements) {
        return new ListItems(elements, elements.length);
    }

    @TruffleBoundary
    public static ListItems copyOf(Collection<?> elements) {
        Object[] copy = elements.toArray();
        return new ListItems(copy.getClass() == Object[].class ? copy : Arrays.copyOf(copy, copy.length, Object[].class), copy.length);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object get(int index) {
        Objects.checkIndex(index, size);
        return store[index];
    }

    @Override
    public Object set(int index, Object value) {
        Objects.checkIndex(index, size);
        Object old = store[index];
        store[index] = value;
        return old;
    }

    @Override
    public boolean add(Object value) {
        modCount++;
        if (size == store.length) {
            grow(size + 1);
        }
        store[size++] = value;
        return true;
    }

    /** Half as much again, as ArrayList grows. */
    @TruffleBoundary
    private void grow(int needed) {
        if (needed < 0 || needed > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("list too long");
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, Math.max(10L, store.length + (store.length >> 1))));
        store = Arrays.copyOf(store, capacity);
    }

    @Override
    @TruffleBoundary
    public void add(int index, Object value) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException(index);
        }
        modCount++;
        if (size == store.length) {
            grow(size + 1);
        }
        System.arraycopy(store, index, store, index + 1, size - index);
        store[index] = value;
        size++;
    }

    @Override
    @TruffleBoundary
    public Object remove(int index) {
        Objects.checkIndex(index, size);
        modCount++;
        Object old = store[index];
        System.arraycopy(store, index + 1, store, index, size - index - 1);
        store[--size] = null;
        return old;
    }

    @Override
    @TruffleBoundary
    public void clear() {
        modCount++;
        Arrays.fill(store, 0, size, null);
        size = 0;
    }

    @Override
    @TruffleBoundary
    public Object[] toArray() {
        return Arrays.copyOf(store, size);
    }

    /** The elements from {@code from} to {@code to} (exclusive), as a new list. */
    @TruffleBoundary
    public ListItems copyOfRange(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        return owning(Arrays.copyOfRange(store, from, to));
    }

    @Override
    @TruffleBoundary
    public void sort(Comparator<? super Object> order) {
        Arrays.sort(store, 0, size, order);
        modCount++;
    }
}
