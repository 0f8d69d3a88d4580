package asynclang.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import asynclang.language.values.CodePoints;

class CodePointsTest {

    /** Characters of each kind the positions depend on: ASCII, Latin-1, other BMP, astral. */
    private static final int[] KINDS = {'a', 'é', '漢', 0x1F600};

    private static String randomString(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(120);
        int kinds = 1 + random.nextInt(KINDS.length);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(KINDS[random.nextInt(kinds)] + random.nextInt(3));
        }
        return sb.toString();
    }

    /** Many strings used in turn (more than the cache keeps), each checked against its code points. */
    @Test
    void positionsAgreeWithTheStringsCodePoints() {
        Random random = new Random(25);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            strings.add(randomString(random));
        }
        for (int round = 0; round < 2000; round++) {
            String s = strings.get(random.nextInt(strings.size()));
            int[] cps = s.codePoints().toArray();
            assertEquals(cps.length, CodePoints.length(s), s);
            if (cps.length == 0) {
                continue;
            }
            int i = random.nextInt(cps.length);
            assertEquals(Character.toString(cps[i]), CodePoints.at(s, i), s + " at " + i);
            int from = random.nextInt(cps.length + 1);
            int to = from + random.nextInt(cps.length - from + 1);
            assertEquals(new String(cps, from, to - from), CodePoints.slice(s, from, to), s + " " + from + ".." + to);
        }
    }
}
