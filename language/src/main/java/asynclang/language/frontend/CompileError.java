package asynclang.language.frontend;

import com.oracle.truffle.api.source.Source;

/**
 * One problem found before running: a message and the source range it is about. A range that
 * runs past the end of the text (a missing `}` is reported just after the last character) is
 * cut to fit, as a source section must.
 */
public record CompileError(Source source, String message, int start, int length) {

    public CompileError {
        int size = source.getLength();
        start = Math.max(0, Math.min(start, size));
        length = Math.max(0, Math.min(length, size - start));
    }
}
