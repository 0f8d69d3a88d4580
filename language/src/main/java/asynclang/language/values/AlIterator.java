package asynclang.language.values;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** What a {@code for} loop walks: ranges, lists, strings (by character) and map keys. */
public abstract class AlIterator {

    public abstract boolean hasNext();

    public abstract Object next();

    /** Counts without boxing; the common {@code for i in 0..n}. */
    public static final class OfRange extends AlIterator {
        private long next;
        private final long end;

        public OfRange(AlRange range) {
            this.next = range.start;
            this.end = range.exclusiveEnd();
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        public long nextLong() {
            return next++;
        }

        @Override
        public Object next() {
            return nextLong();
        }
    }

    /** Reads the list live, so elements pushed during the loop are visited too. */
    public static final class OfList extends AlIterator {
        private final AlList list;
        private int index;

        public OfList(AlList list) {
            this.list = list;
        }

        @Override
        @TruffleBoundary
        public boolean hasNext() {
            return index < list.size();
        }

        @Override
        @TruffleBoundary
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
}
