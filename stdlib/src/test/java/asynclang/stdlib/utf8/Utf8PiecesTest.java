package asynclang.stdlib.utf8;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The oracle is {@link Utf8Lossy} over the whole stream at once: however the stream is cut into
 * pieces, the pieces' texts must add up to its text.
 */
class Utf8PiecesTest {

    @Test
    void aCharacterCutAtEveryPointIsDecodedWhole() {
        byte[] text = "a\u00e9\u20ac\uD83D\uDE00z".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= text.length; cut++) {
            for (int second = cut; second <= text.length; second++) {
                assertEquals("a\u00e9\u20ac\uD83D\uDE00z", piecewise(text, new int[] {cut, second}), "cut at " + cut + ", " + second);
            }
        }
    }

    @Test
    void anUnfinishedCharacterAtTheEndOfTheStreamIsOneReplacement() {
        assertEquals("ok\uFFFD", piecewise(new byte[] {'o', 'k', (byte) 0xE2, (byte) 0x82}, new int[] {3}));
    }

    @Test
    void onlyABeginningThatCouldBeWellFormedIsHeldBack() {
        assertEquals(2, Utf8Pieces.unfinishedTail(new byte[] {'x', (byte) 0xE2, (byte) 0x82}, 3));
        assertEquals(0, Utf8Pieces.unfinishedTail(new byte[] {'x', (byte) 0xE0, (byte) 0x80}, 3)); // overlong
        assertEquals(0, Utf8Pieces.unfinishedTail(new byte[] {'x', (byte) 0xED, (byte) 0xA0}, 3)); // a surrogate
        assertEquals(0, Utf8Pieces.unfinishedTail(new byte[] {'x', (byte) 0xF4, (byte) 0x90}, 3)); // past U+10FFFF
        assertEquals(0, Utf8Pieces.unfinishedTail(new byte[] {'x', (byte) 0xC0}, 2)); // begins nothing
        assertEquals(0, Utf8Pieces.unfinishedTail(new byte[] {(byte) 0xC3, (byte) 0xA9}, 2)); // complete
        assertEquals(3, Utf8Pieces.unfinishedTail(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, 3));
        assertEquals(0, Utf8Pieces.unfinishedTail(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80}, 3));
    }

    @Test
    void randomStreamsCutAtRandomPointsDecodeAsAWhole() {
        Random random = new Random(20261203);
        for (int round = 0; round < 20_000; round++) {
            byte[] stream = randomStream(random, random.nextInt(40));
            int[] cuts = random.ints(random.nextInt(6), 0, stream.length + 1).sorted().toArray();
            assertEquals(whole(stream), piecewise(stream, cuts), () -> "stream " + java.util.Arrays.toString(stream));
        }
    }

    /** Characters of every width, with stray, truncated and impossible bytes among them. */
    private static byte[] randomStream(Random random, int parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(5)) {
                case 0 -> out.write('a' + random.nextInt(26));
                case 1 -> out.writeBytes(Character.toString(0x80 + random.nextInt(0x780)).getBytes(StandardCharsets.UTF_8));
                case 2 -> out.writeBytes(Character.toString(0x800 + random.nextInt(0xD000)).getBytes(StandardCharsets.UTF_8));
                case 3 -> out.writeBytes(Character.toString(0x10000 + random.nextInt(0xFFFFF)).getBytes(StandardCharsets.UTF_8));
                default -> out.write(0x80 + random.nextInt(0x80));
            }
        }
        return out.toByteArray();
    }

    private static String whole(byte[] stream) {
        return Utf8Lossy.decode(stream);
    }

    /** Feeds the stream in the pieces the cuts make, as {@code Conn} does (held bytes first). */
    private static String piecewise(byte[] stream, int[] cuts) {
        Utf8Pieces pieces = new Utf8Pieces();
        StringBuilder text = new StringBuilder();
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : stream.length;
            byte[] held = pieces.held();
            byte[] buffer = new byte[held.length + to - from];
            System.arraycopy(held, 0, buffer, 0, held.length);
            System.arraycopy(stream, from, buffer, held.length, to - from);
            text.append(pieces.decode(buffer, buffer.length, false));
            from = to;
        }
        text.append(pieces.decode(pieces.held(), pieces.held().length, true));
        return text.toString();
    }
}
