package asynclang.runtime;

/**
 * A span of nanoseconds written the way Rust's {@code Duration} debug form does ({@code 250ms},
 * {@code 1.5s}, {@code 0ns}), except that microseconds are written {@code us} so the text is
 * also a valid asynclang literal. Durations print so, and so do the sleeps in task dumps.
 */
public final class DurationText {

    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;

    private DurationText() {
    }

    public static String of(long nanos) {
        if (nanos < 0) {
            return nanos == Long.MIN_VALUE ? "-9223372036.854775808s" : "-" + of(-nanos);
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
        String digits = Long.toString(fraction);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        // Zero-padded to fractionDigits by hand: String.format's first use costs milliseconds.
        return new StringBuilder().append(whole).append('.').repeat('0', fractionDigits - digits.length()).append(digits, 0, end).toString();
    }
}
