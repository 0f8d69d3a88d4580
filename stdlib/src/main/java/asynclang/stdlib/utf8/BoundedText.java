package asynclang.stdlib.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import asynclang.language.values.StringAccumulator;

/**
 * A stream read whole into a String, up to as many bytes as a string holds characters, so that
 * a source without end (/dev/zero, a child writing forever) is an error, not a heap filled for
 * nothing. The caller closes the stream.
 */
public final class BoundedText {

    /** The limit, in bytes. */
    public static final long LIMIT = StringAccumulator.MAX_LENGTH;

    /** The stream went on past {@link #LIMIT}. */
    public static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLong() {
            super("more than " + LIMIT + " bytes");
        }
    }

    private BoundedText() {
    }

    public static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) >= 0) {
            total += n;
            if (total > LIMIT) {
                throw new TooLong();
            }
            out.write(chunk, 0, n);
        }
        return Utf8Lossy.decode(out.toByteArray());
    }
}
