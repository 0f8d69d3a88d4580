package asynclang.language.frontend;

import com.oracle.truffle.api.source.Source;

/** One problem found before running: a message and the source range it is about. */
public record CompileError(Source source, String message, int start, int length) {
}
