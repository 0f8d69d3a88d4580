package asynclang.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import asynclang.language.values.AlDuration;
import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.AlRange;
import asynclang.language.values.BigInt;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;

class FormatterTest {

    @Test
    void stringsAreRawAtTopLevelAndQuotedInsideContainers() {
        assertEquals("a\"b", Formatter.display("a\"b"));
        assertEquals("[1, \"a\", nil]", Formatter.display(AlList.of(1L, "a", Nil.NIL)));
        assertEquals("[\"a\\\"b\\n\"]", Formatter.display(AlList.of("a\"b\n")));
    }

    @Test
    void floatsAlwaysShowAFractionOrExponent() {
        assertEquals("3.0", Formatter.display(3.0));
        assertEquals("3.5", Formatter.display(3.5));
        assertEquals("1e+21", Formatter.display(1e21));
        assertEquals("0.1", Formatter.display(0.1));
        assertEquals("-0.0", Formatter.display(-0.0));
        assertEquals("inf", Formatter.display(Double.POSITIVE_INFINITY));
        assertEquals("NaN", Formatter.display(Double.NaN));
    }

    /** The form LANGUAGE.md gives floats, computed the slow, obvious way with exact decimals. */
    private static String floatOracle(double d) {
        String shortest = Double.toString(d);
        if (Math.abs(d) < Double.MIN_NORMAL) {
            // Java writes the smallest subnormals with two digits (4.9E-324); the fewest that read back:
            for (int p = 0; p < 17; p++) {
                String s = String.format(java.util.Locale.ROOT, "%." + p + "E", d);
                if (Double.parseDouble(s) == d) {
                    shortest = s;
                    break;
                }
            }
        }
        double abs = Math.abs(d);
        if (abs >= 1e-6 && abs < 1e21) {
            String plain = new java.math.BigDecimal(shortest).stripTrailingZeros().toPlainString();
            return plain.indexOf('.') < 0 ? plain + ".0" : plain;
        }
        int e = shortest.indexOf('E');
        String mantissa = shortest.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        String exponent = shortest.substring(e + 1);
        return mantissa + "e" + (exponent.startsWith("-") ? exponent : "+" + exponent);
    }

    @Test
    void floatsMatchTheirExactDecimalForm() {
        double[] edges = {1e-6, -1e-6, 9.999999999999999e-7, 1e21, 9.999999999999999e20, 1e20, 123456789.0, 1e7, 9999999.999999998,
                        0.001, 0.00123, 1.5e-5, 2.5e15, Double.MIN_VALUE, Double.MAX_VALUE, -1.25e-300, 4.35e17, 100.0};
        for (double d : edges) {
            assertEquals(floatOracle(d), Formatter.formatFloat(d), Double.toString(d));
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 300_000; i++) {
            double d = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-9, 24)) * (random.nextBoolean() ? 1 : -1);
                default -> random.nextLong(-1L << 60, 1L << 60) * Math.pow(10, random.nextInt(-25, 5));
            };
            if (!Double.isNaN(d) && !Double.isInfinite(d) && d != 0) {
                assertEquals(floatOracle(d), Formatter.formatFloat(d), Double.toString(d));
            }
        }
    }

    @Test
    void durationsPrintLikeRust() {
        assertEquals("1.000001s", Formatter.display(new AlDuration(1_000_001_000L)));
        assertEquals("2.05ms", Formatter.display(new AlDuration(2_050_000L)));
        assertEquals("1.001us", Formatter.display(new AlDuration(1_001L)));
        assertEquals("-1.5s", Formatter.display(new AlDuration(-1_500_000_000L)));
        assertEquals("250ms", Formatter.display(new AlDuration(250_000_000L)));
        assertEquals("1.5s", Formatter.display(new AlDuration(1_500_000_000L)));
        assertEquals("1s", Formatter.display(new AlDuration(1_000_000_000L)));
        assertEquals("0ns", Formatter.display(new AlDuration(0)));
    }

    @Test
    void mapsUseBareIdentifierKeys() {
        AlMap m = new AlMap();
        m.put("name", "al");
        m.put("n", 3L);
        m.put("two words", true);
        m.put(1L, 2.0);
        assertEquals("{name: \"al\", n: 3, \"two words\": true, 1: 2.0}", Formatter.display(m));
        assertEquals("{}", Formatter.display(new AlMap()));
    }

    @Test
    void bigIntegersRangesAndCycles() {
        assertEquals("9223372036854775808", Formatter.display(BigInt.normalize(BigInteger.TWO.pow(63))));
        assertEquals("0..10", Formatter.display(new AlRange(0, 10, false)));
        assertEquals("0..=10", Formatter.display(new AlRange(0, 10, true)));
        AlList self = new AlList();
        self.add(self);
        assertEquals("[[...]]", Formatter.display(self));
    }

    /**
     * A value nested deeper than the stack allows is a catchable asynclang error, not a Java
     * StackOverflowError (run on a thread with a small stack, so that the depth is certain to be
     * too deep however the JIT has compiled the formatter and equality).
     */
    @Test
    void valuesNestedTooDeeplyAreAnErrorOfTheLanguage() throws InterruptedException {
        String[] messages = new String[2];
        Thread t = new Thread(null, () -> {
            Object v = new AlList();
            Object w = new AlList();
            for (int i = 0; i < 200_000; i++) {
                v = AlList.of(v);
                w = AlList.of(w);
            }
            Object deep = v;
            Object other = w;
            messages[0] = org.junit.jupiter.api.Assertions.assertThrows(asynclang.language.errors.AlException.class, () -> Formatter.display(deep)).getMessage();
            messages[1] = org.junit.jupiter.api.Assertions.assertThrows(asynclang.language.errors.AlException.class,
                            () -> asynclang.language.values.Equality.equal(deep, other)).getMessage();
        }, "small stack", 256 * 1024);
        t.start();
        t.join();
        assertEquals("stack overflow: the values are nested too deeply to print", messages[0]);
        assertEquals("stack overflow: the values are nested too deeply to compare", messages[1]);
    }
}
