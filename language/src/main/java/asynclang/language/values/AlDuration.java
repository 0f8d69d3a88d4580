package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.runtime.DurationText;

/** A span of time, stored as whole nanoseconds; prints as {@link DurationText} says ({@code 1.5s}). */
@ExportLibrary(InteropLibrary.class)
public final class AlDuration extends ScriptObject implements Comparable<AlDuration> {

    public static final long NANOS_PER_MICRO = DurationText.NANOS_PER_MICRO;
    public static final long NANOS_PER_MILLI = DurationText.NANOS_PER_MILLI;
    public static final long NANOS_PER_SECOND = DurationText.NANOS_PER_SECOND;

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
        return DurationText.of(nanos);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
