package asynclang.stdlib.utf8;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Malformed UTF-8 is replaced as Rust's {@code String::from_utf8_lossy} replaces it. */
class Utf8LossyTest {

    private static String decode(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8Lossy.decode(b);
    }

    @Test
    void eachMaximalSubpartIsOneReplacement() {
        // The Unicode Standard's own example (section 3.9, "U+FFFD Substitution of Maximal Subparts").
        assertEquals("a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd", decode(0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64));
        // An encoded surrogate is three bad bytes (the JDK's decoder makes it one replacement).
        assertEquals("\uFFFD\uFFFD\uFFFD", decode(0xED, 0xA0, 0x80));
        assertEquals("\uFFFD\uFFFD\uFFFDZ\uFFFDA\uFFFD\uFFFD\uFFFD\uFFFD", decode(0xED, 0xA0, 0x80, 0x5A, 0xE2, 0x82, 0x41, 0xF4, 0x90, 0x80, 0x80));
        assertEquals("\uFFFD\uFFFD\uFFFD", decode(0xE0, 0x80, 0x80)); // overlong
        assertEquals("x\uFFFD", decode(0x78, 0xF0, 0x9F, 0x98)); // cut short at the end
        assertEquals("\uD83D\uDE00\u20AC\u00E9", decode(0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0xAC, 0xC3, 0xA9));
        assertEquals("\uFFFD", decode(0xEF, 0xBF, 0xBD)); // a U+FFFD in the input stays one
    }

    /** Where no surrogate is encoded, the JDK's decoder replaces exactly as Rust does: it is the oracle. */
    @Test
    void randomBytesDecodeAsTheJdkDoesWhereNoSurrogateIsEncoded() throws CharacterCodingException {
        Random random = new Random(20261203);
        int compared = 0;
        for (int round = 0; round < 50_000; round++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x100));
            }
            if (encodesASurrogate(b)) {
                continue;
            }
            String jdk = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(b)).toString();
            assertEquals(jdk, Utf8Lossy.decode(b), () -> java.util.Arrays.toString(b));
            compared++;
        }
        assertEquals(true, compared > 40_000, "compared " + compared);
    }

    private static boolean encodesASurrogate(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xED && (b[i + 1] & 0xFF) >= 0xA0 && (b[i + 1] & 0xFF) <= 0xBF) {
                return true;
            }
        }
        return false;
    }
}
