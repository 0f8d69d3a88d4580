package asynclang.stdlib.utf8;

import java.util.Arrays;

/**
 * Decodes UTF-8 that arrives in pieces (socket reads). A character the network cut in two is
 * decoded whole: the bytes that begin it at the end of one piece are held back and go first
 * into the next. Malformed bytes become U+FFFD as {@link Utf8Lossy} makes them over the whole
 * stream.
 *
 * <p>Why not a {@code CharsetDecoder}: it decodes into a {@code CharBuffer}, which a
 * {@code StringBuilder} then copies a {@code charAt} at a time, and an echo server's read spent
 * more time there than in the system call. {@code new String(bytes, UTF_8)} copies ASCII
 * (Latin-1) text as it is.
 */
public final class Utf8Pieces {

    private static final byte[] NONE = {};
    private byte[] held = NONE;

    /** The bytes that begin an unfinished character (at most 3): the next piece goes after them. */
    public byte[] held() {
        return held;
    }

    /**
     * The text of {@code bytes[0, length)}, which start with {@link #held()}. A character begun
     * at the end is held back for the next piece, unless {@code end}: then the stream is over
     * and the unfinished character is malformed.
     */
    public String decode(byte[] bytes, int length, boolean end) {
        int keep = end ? 0 : unfinishedTail(bytes, length);
        held = keep == 0 ? NONE : Arrays.copyOfRange(bytes, length - keep, length);
        return Utf8Lossy.decode(bytes, 0, length - keep);
    }

    /**
     * How many bytes at the end of {@code b[0, length)} are a proper beginning of a character
     * that more bytes could finish (0 if none). Only a beginning that could still be well formed
     * is held back: anything else is malformed whatever follows, and is decoded now, as the
     * JDK's streaming decoder does.
     */
    static int unfinishedTail(byte[] b, int length) {
        for (int have = 1; have <= 3 && have <= length; have++) {
            int lead = b[length - have] & 0xFF;
            if (lead < 0x80) {
                return 0;
            }
            if (lead < 0xC0) {
                continue; // a continuation byte: the lead is further back
            }
            int size = Utf8Lossy.length(lead);
            if (size <= have) {
                return 0; // complete, or a byte that can begin nothing
            }
            return have == 1 || Utf8Lossy.fits(lead, 1, b[length - have + 1] & 0xFF) ? have : 0;
        }
        return 0;
    }
}
