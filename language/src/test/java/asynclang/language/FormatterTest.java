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

    @Test
    void durationsPrintLikeRust() {
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
}
