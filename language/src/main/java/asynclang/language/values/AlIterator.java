package asynclang.language.values;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** What a {@code for} loop walks: ranges, lists, strings (by character) and map keys. */
public abstract class AlIterator {

    public abstract boolean hasNext();

    public abstract Object next();

    /** Counts through a range whose bounds fit a long; {@code ..=Long.MAX_VALUE} included. */
    public static final class OfRange extends AlIterator {
        private long next;
        private final long last;
        private boolean done;

        public OfRange(AlRange range) {
            this.next = range.start;
            this.last = range.inclusive ? range.end : range.end - 1;
            this.done = range.isEmpty();
        }

        @Override
        public boolean hasNext() {
            return !done;
        }

        public long nextLong() {
            long v = next;
            if (v == last) {
                done = true;
            } else {
                next = v + 1;
            }
            return v;
        }

        @Override
        public Object next() {
            return nextLong();
        }
    }

    /** Counts through a range with a bound past a long. */
    public static final class OfBigRange extends AlIterator {
        private java.math.BigInteger next;
        private final java.math.BigInteger end;

        public OfBigRange(AlRange range) {
            this.next = range.bigStart();
            this.end = range.bigExclusiveEnd();
        }

        @Override
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public boolean hasNext() {
            return next.compareTo(end) < 0;
        }

        @Override
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        public Object next() {
            java.math.BigInteger v = next;
            next = next.add(java.math.BigInteger.ONE);
            return BigInt.normalize(v);
        }
    }

    /** Reads the list live, so elements pushed during the loop are visited too. */
    public static final class OfList extends AlIterator {
        private final AlList list;
        private int index;

        public OfList(AlList list) {
            this.list = list;
        }

        // Compiled into the loop (see IterateInto): a list's elements need no boundary.
        @Override
        public boolean hasNext() {
            return index < list.size();
        }

        @Override
        public Object next() {
            return list.get(index++);
        }
    }

    /** A snapshot: strings by character, map keys in insertion order. */
    public static final class OfSnapshot extends AlIterator {
        private final List<Object> items;
        private int index;

        public OfSnapshot(List<Object> items) {
            this.items = items;
        }

        @TruffleBoundary
        public static OfSnapshot ofString(String s) {
            List<Object> chars = new ArrayList<>();
            s.codePoints().forEach(cp -> chars.add(Character.toString(cp)));
            return new OfSnapshot(chars);
        }

        @TruffleBoundary
        public static OfSnapshot ofMapKeys(AlMap map) {
            return new OfSnapshot(new ArrayList<>(map.entries.keySet()));
        }

        @Override
        @TruffleBoundary
        public boolean hasNext() {
            return index < items.size();
        }

        @Override
        @TruffleBoundary
        public Object next() {
            return items.get(index++);
        }
    }

    /** The elements of another language's array (a Java array or list, a JavaScript array). */
    public static final class OfForeignArray extends AlIterator {
        private final Object array;
        private final long size;
        private long index;

        OfForeignArray(Object array, long size) {
            this.array = array;
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            return index < size;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            try {
                return Foreign.valueFrom(array, com.oracle.truffle.api.interop.InteropLibrary.getUncached().readArrayElement(array, index++));
            } catch (com.oracle.truffle.api.interop.InteropException e) {
                return Nil.NIL; // the array shrank while the loop ran
            }
        }
    }

    /** Another language's iterator (a Java Iterable, a JavaScript iterable). */
    public static final class OfForeignIterator extends AlIterator {
        private final Object iterator;

        OfForeignIterator(Object iterator) {
            this.iterator = iterator;
        }

        @Override
        @TruffleBoundary
        public boolean hasNext() {
            try {
                return com.oracle.truffle.api.interop.InteropLibrary.getUncached().hasIteratorNextElement(iterator);
            } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
                return false;
            }
        }

        @Override
        @TruffleBoundary
        public Object next() {
            try {
                return Foreign.valueFrom(iterator, com.oracle.truffle.api.interop.InteropLibrary.getUncached().getIteratorNextElement(iterator));
            } catch (com.oracle.truffle.api.interop.InteropException e) {
                return Nil.NIL;
            }
        }
    }
}
