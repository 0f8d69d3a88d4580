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

    public CompileException(List<CompileError> errors) {
        super(ErrorReport.compileErrors(errors));
        this.errors = List.copyOf(errors);
    }

    public List<CompileError> errors() {
        return errors;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
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
