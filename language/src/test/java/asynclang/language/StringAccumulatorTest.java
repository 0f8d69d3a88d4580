package asynclang.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Random;

import org.junit.jupiter.api.Test;

import asynclang.language.values.StringAccumulator;

class StringAccumulatorTest {

    private static final String[] PARTS = {"a", "ab", "é", "漢字", "😀", "x😀y", "\uD83D", "\uDE00", "z".repeat(40)};

    /** Random builds: the count kept while appending is the built string's code point count. */
    @Test
    void theLengthKeptIsTheCodePointCountOfTheString() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder expected = new StringBuilder("s".repeat(300));
            Object built = StringAccumulator.concat(expected.toString(), "", null);
            StringAccumulator acc = assertInstanceOf(StringAccumulator.class, built);
            for (int i = random.nextInt(60); i > 0; i--) {
                // Mostly Latin-1 at first, as real builds are, then anything.
                String part = PARTS[random.nextInt(i > 30 ? 3 : PARTS.length)];
                acc.append(part, null);
                expected.append(part);
                assertEquals(expected.codePointCount(0, expected.length()), acc.codePointLength(), "after appending " + expected);
            }
            assertEquals(expected.toString(), acc.toString());
        }
    }

    /** A surrogate pair whose halves arrive in two appends counts once, as the string does. */
    @Test
    void aPairSplitAcrossTwoAppendsCountsOnce() {
        StringAccumulator acc = (StringAccumulator) StringAccumulator.concat("q".repeat(300), "\uD83D", null);
        assertEquals(301, acc.codePointLength());
        acc.append("\uDE00!", null);
        assertEquals(302, acc.codePointLength());
        assertEquals("q".repeat(300) + "😀!", acc.toString());
    }
}
