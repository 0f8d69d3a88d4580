package asynclang.language.frontend;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.source.Source;

/**
 * Finds where a file's text is not valid UTF-8 (LANGUAGE.md 7). Truffle reads a file leniently,
 * a bad byte becoming U+FFFD, so a file's source that holds a U+FFFD is read again as bytes and
 * decoded strictly. Text a host passed in as a string is valid by construction.
 */
final class InvalidUtf8 {

    private InvalidUtf8() {
    }

    /** The index in {@code source}'s text of the first character made from a bad byte; -1 if there is none. */
    static int firstBadCharacter(Source source, Env env) {
        if (source.getPath() == null || source.getCharacters().toString().indexOf('\uFFFD') < 0) {
            return -1;
        }
        byte[] bytes;
        try {
            bytes = env.getPublicTruffleFile(source.getPath()).readAllBytes();
        } catch (java.io.IOException | RuntimeException e) {
            return -1; // gone or not readable now: the text Truffle read is all there is
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        boolean bad = strict.decode(ByteBuffer.wrap(bytes), decoded, true).isError();
        // The valid prefix decodes to the same characters leniently, so its length is the index.
        return bad && decoded.position() < source.getLength() ? decoded.position() : -1;
    }
}
