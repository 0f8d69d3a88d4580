package asynclang.language.values;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** {@code start..end} or {@code start..=end} over Ints. Immutable. */
@ExportLibrary(InteropLibrary.class)
public final class AlRange implements TruffleObject {

    public final long start;
    public final long end;
    public final boolean inclusive;

    public AlRange(long start, long end, boolean inclusive) {
        this.start = start;
        this.end = end;
        this.inclusive = inclusive;
    }

    /** The first value past the range; saturates instead of overflowing for {@code ..=MAX}. */
    public long exclusiveEnd() {
        return inclusive ? (end == Long.MAX_VALUE ? Long.MAX_VALUE : end + 1) : end;
    }

    public long length() {
        long n = exclusiveEnd() - start;
        return n < 0 ? 0 : n;
    }

    public boolean contains(long v) {
        return v >= start && v < exclusiveEnd();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlRange r && r.start == start && r.exclusiveEnd() == exclusiveEnd();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(start) * 31 + Long.hashCode(exclusiveEnd());
    }

    @Override
    public String toString() {
        return start + (inclusive ? "..=" : "..") + end;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
