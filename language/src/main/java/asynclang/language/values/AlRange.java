package asynclang.language.values;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * {@code start..end} or {@code start..=end} over Ints. Immutable. Ints are arbitrary precision,
 * so bounds may be big; the common case (both bounds fit a long) keeps them in {@link #start}
 * and {@link #end}, which the fast paths use.
 */
@ExportLibrary(InteropLibrary.class)
public final class AlRange extends ScriptObject {

    /** The bounds, when both fit a long (see {@link #isBig()}). */
    public final long start;
    public final long end;
    public final boolean inclusive;
    /** The bounds when either does not fit a long; null otherwise. */
    private final BigInteger bigStart;
    private final BigInteger bigEnd;

    public AlRange(long start, long end, boolean inclusive) {
        this.start = start;
        this.end = end;
        this.inclusive = inclusive;
        this.bigStart = null;
        this.bigEnd = null;
    }

    private AlRange(BigInteger start, BigInteger end, boolean inclusive) {
        this.start = 0;
        this.end = 0;
        this.inclusive = inclusive;
        this.bigStart = start;
        this.bigEnd = end;
    }

    /** A range between two Ints (Long or BigInt). */
    @TruffleBoundary
    public static AlRange of(Object from, Object to, boolean inclusive) {
        if (from instanceof Long a && to instanceof Long b) {
            return new AlRange(a, b, inclusive);
        }
        return new AlRange(BigInt.toBig(from), BigInt.toBig(to), inclusive);
    }

    /** Whether a bound does not fit a long. */
    public boolean isBig() {
        return bigStart != null;
    }

    public Object startValue() {
        return isBig() ? BigInt.normalize(bigStart) : (Object) start;
    }

    public Object endValue() {
        return isBig() ? BigInt.normalize(bigEnd) : (Object) end;
    }

    @TruffleBoundary
    public BigInteger bigStart() {
        return isBig() ? bigStart : BigInteger.valueOf(start);
    }

    /** The first value past the range (one more than the end of an inclusive range). */
    @TruffleBoundary
    public BigInteger bigExclusiveEnd() {
        BigInteger e = isBig() ? bigEnd : BigInteger.valueOf(end);
        return inclusive ? e.add(BigInteger.ONE) : e;
    }

    /** For ranges that are not big: whether it holds no value. */
    public boolean isEmpty() {
        return isBig() ? bigExclusiveEnd().compareTo(bigStart) <= 0 : (inclusive ? end < start : end <= start);
    }

    /** How many Ints the range holds: an Int (big for huge ranges). */
    @TruffleBoundary
    public Object length() {
        if (!isBig()) {
            long last = inclusive ? end : end - 1;
            if (end == Long.MIN_VALUE && !inclusive || last < start) {
                return 0L;
            }
            long n = last - start + 1;
            if (n > 0) {
                return n;
            }
        }
        BigInteger n = bigExclusiveEnd().subtract(bigStart());
        return n.signum() <= 0 ? (Object) 0L : BigInt.normalize(n);
    }

    /** Whether Int {@code v} (Long or BigInt) lies in the range. */
    @TruffleBoundary
    public boolean contains(Object v) {
        if (v instanceof Long l && !isBig()) {
            return l >= start && (inclusive ? l <= end : l < end);
        }
        if (!Types.isInt(v)) {
            return false;
        }
        BigInteger x = BigInt.toBig(v);
        return x.compareTo(bigStart()) >= 0 && x.compareTo(bigExclusiveEnd()) < 0;
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        return o instanceof AlRange r && r.bigStart().equals(bigStart()) && r.bigExclusiveEnd().equals(bigExclusiveEnd());
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        return bigStart().hashCode() * 31 + bigExclusiveEnd().hashCode();
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return startValue() + (inclusive ? "..=" : "..") + endValue();
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
