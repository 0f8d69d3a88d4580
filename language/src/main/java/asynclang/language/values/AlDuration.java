package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A span of time, stored as whole nanoseconds. Prints the way Rust's {@code Duration} debug
 * form does ({@code 250ms}, {@code 1.5s}, {@code 0ns}), except that microseconds are written
 * {@code us} so the printed form is also a valid literal.
 */
@ExportLibrary(InteropLibrary.class)
public final class AlDuration implements TruffleObject, Comparable<AlDuration> {

    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long nanos;

    public AlDuration(long nanos) {
        this.nanos = nanos;
    }

    public static AlDuration ofMillis(double millis) {
        return new AlDuration(Math.round(millis * NANOS_PER_MILLI));
    }

    public long nanos() {
        return nanos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlDuration d && d.nanos == nanos;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos);
    }

    @Override
    public int compareTo(AlDuration o) {
        return Long.compare(nanos, o.nanos);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        if (nanos < 0) {
            return nanos == Long.MIN_VALUE ? "-9223372036.854775808s" : "-" + new AlDuration(-nanos);
        }
        if (nanos >= NANOS_PER_SECOND) {
            return decimal(nanos / NANOS_PER_SECOND, nanos % NANOS_PER_SECOND, 9) + "s";
        } else if (nanos >= NANOS_PER_MILLI) {
            return decimal(nanos / NANOS_PER_MILLI, nanos % NANOS_PER_MILLI, 6) + "ms";
        } else if (nanos >= NANOS_PER_MICRO) {
            return decimal(nanos / NANOS_PER_MICRO, nanos % NANOS_PER_MICRO, 3) + "us";
        }
        return nanos + "ns";
    }

    /** {@code whole.fraction} with the fraction's trailing zeros (and a bare dot) dropped. */
    private static String decimal(long whole, long fraction, int fractionDigits) {
        if (fraction == 0) {
            return Long.toString(whole);
        }
        String digits = String.format("%0" + fractionDigits + "d", fraction);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + digits.substring(0, end);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
