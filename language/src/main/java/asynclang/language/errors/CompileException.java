package asynclang.language.errors;

import java.util.List;

import asynclang.language.frontend.CompileError;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The program did not compile. The message is the full report of every error found (each with
 * its location, source line and caret), so an embedder printing {@code getMessage()} shows the
 * same thing the {@code asynclang} command does.
 */
@ExportLibrary(InteropLibrary.class)
public final class CompileException extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    private final transient List<CompileError> errors;

    /**
     * {@code moreErrors}: a file had more syntax errors than {@code errors} keeps (the report
     * says so). Errors past the limit of 20 (name resolution finds any number) are cut the same way.
     */
    public CompileException(List<CompileError> errors, boolean moreErrors) {
        this(errors.size() > MAX ? errors.subList(0, MAX) : errors, moreErrors ? "syntax errors" : errors.size() > MAX ? "errors" : null);
    }

    private CompileException(List<CompileError> shown, String cut) {
        super(ErrorReport.compileErrors(shown, cut));
        this.errors = List.copyOf(shown);
    }

    private static final int MAX = asynclang.language.parser.SourceParser.MAX_ERRORS;

    public List<CompileError> errors() {
        return errors;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    /** What an embedder's {@code toString} of the guest object shows: the report, no Java class name. */
    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return getMessage();
    }

    /**
     * The source stopped in the middle of something (an open bracket, string or comment; an
     * operator with nothing after it): a REPL reads another line instead of reporting it.
     */
    @ExportMessage
    boolean isExceptionIncompleteSource() {
        for (CompileError e : errors) {
            String m = e.message();
            if (!(m.endsWith("found end of file") && !m.startsWith("expected `;`") || m.startsWith("unterminated string") || m.startsWith("unterminated block comment"))) {
                return false;
            }
        }
        return true;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return true;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection sourceLocation() {
        CompileError first = errors.get(0);
        return first.source().createSection(first.start(), first.length());
    }
}
