package asynclang.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * What turns a source into something to run, and equips a new context with the tools its
 * options ask for. The language class is the bottom of the engine's layers (the Bytecode DSL
 * makes the bytecode layer name it), so it cannot name the compiler above it: the one
 * implementation, in {@code asynclang.language.engine}, is found through {@link java.util.ServiceLoader},
 * like the library is.
 */
public interface SourceCompiler {

    /** Compiles {@code source} and what it imports; throws a compile error report if it has errors. */
    CallTarget parse(AsyncLangLanguage language, Source source);

    /** Called once per context before it runs anything (tracing, task failure reports, ...). */
    void initializeContext(AsyncLangContext context);
}
