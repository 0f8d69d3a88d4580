package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/**
 * What every function value made from one definition shares: its compiled body, name, arity
 * and kind. Function values ({@link AlFunction}) add only the captured cells.
 */
public final class FunctionTemplate {

    public enum Kind {
        FUNCTION("fn"),
        ASYNC_FUNCTION("async fn"),
        CLOSURE("closure"),
        ASYNC_CLOSURE("async closure"),
        ASYNC_BLOCK("async block"),
        BUILTIN("builtin fn");

        public final String description;

        Kind(String description) {
            this.description = description;
        }

        public boolean isAsync() {
            return this == ASYNC_FUNCTION || this == ASYNC_CLOSURE || this == ASYNC_BLOCK;
        }
    }

    public final String name;
    public final Kind kind;
    public final int minArity;
    /** -1: any number of arguments from {@link #minArity} on. */
    public final int maxArity;
    /** Set once the whole file is compiled; bytecode roots get call targets only then. */
    @CompilationFinal public RootCallTarget callTarget;

    public FunctionTemplate(String name, Kind kind, int minArity, int maxArity, RootCallTarget callTarget) {
        this.name = name;
        this.kind = kind;
        this.minArity = minArity;
        this.maxArity = maxArity;
        this.callTarget = callTarget;
    }

    public boolean acceptsArity(int n) {
        return n >= minArity && (maxArity < 0 || n <= maxArity);
    }

    /** {@code expects 2 arguments}, {@code expects 1 to 2 arguments}, {@code expects at least 1 argument}. */
    public String expectation() {
        if (maxArity == minArity) {
            return "expects " + plural(minArity);
        } else if (maxArity < 0) {
            return "expects at least " + plural(minArity);
        }
        return "expects " + minArity + " to " + plural(maxArity);
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
