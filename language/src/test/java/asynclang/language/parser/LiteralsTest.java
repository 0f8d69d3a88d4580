package asynclang.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Duration literals decode exactly: the long-arithmetic fast path agrees with exact decimals. */
class LiteralsTest {

    private static final String[] UNITS = {"ns", "us", "ms", "s", "m", "h"};
    private static final long[] UNIT_NANOS = {1L, 1_000L, 1_000_000L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L};

    /** The meaning of a literal (LANGUAGE.md 4.1): the exact value, rounded half to even, saturated. */
    private static long exact(String number, long unitNanos) {
        BigDecimal nanos = new BigDecimal(number.replace("_", "")).multiply(BigDecimal.valueOf(unitNanos)).setScale(0, RoundingMode.HALF_EVEN);
        return nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : nanos.longValueExact();
    }

    private static void check(String number) {
        for (int u = 0; u < UNITS.length; u++) {
            String text = number + UNITS[u];
            assertEquals(exact(number, UNIT_NANOS[u]), Literals.duration(text).nanos(), text);
        }
    }

    /** Literal, nanoseconds, literal, nanoseconds, ... */
    private static void assertNanos(Object... literalsAndNanos) {
        for (int i = 0; i < literalsAndNanos.length; i += 2) {
            String literal = (String) literalsAndNanos[i];
            assertEquals((long) literalsAndNanos[i + 1], Literals.duration(literal).nanos(), literal);
        }
    }

    @Test
    void everydayLiterals() {
        assertNanos("1s", 1_000_000_000L, "250ms", 250_000_000L, "1.5s", 1_500_000_000L, "1.5h", 5_400_000_000_000L, "1_000us", 1_000_000L);
    }

    @Test
    void fractionsOfANanosecondRoundHalfToEven() {
        assertNanos("0.5ns", 0L, "1.5ns", 2L, "2.5ns", 2L, "2.51ns", 3L, "0.0015us", 2L, "0.0035us", 4L, "0.0025us", 2L);
    }

    @Test
    void exponentsManyDecimalsAndHugeValuesTakeTheExactPath() {
        for (String n : new String[]{"1e3", "2.5E-3", "1e30", "0.1234567891", "123456789012345678", "9223372036854775807",
                        "99999999999999999999", "292.5", "5124095.5", "106751.99116730063", "0", "0.000001", "0.0000005"}) {
            check(n);
        }
        assertEquals(Long.MAX_VALUE, Literals.duration("9999999999h").nanos());
    }

    @Test
    void randomLiteralsAgreeWithExactDecimals() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder n = new StringBuilder(Long.toString(random.nextLong(0, switch (random.nextInt(4)) {
                case 0 -> 10L;
                case 1 -> 100_000L;
                case 2 -> 10_000_000_000L;
                default -> Long.MAX_VALUE;
            })));
            if (random.nextBoolean()) {
                n.append('.');
                int decimals = 1 + random.nextInt(9);
                for (int d = 0; d < decimals; d++) {
                    n.append((char) ('0' + random.nextInt(10)));
                }
            }
            check(n.toString());
        }
    }
}
