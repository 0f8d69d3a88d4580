package asynclang.language.functions;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/**
 * What every function value made from one definition shares: name, arity, kind, and what a call
 * runs. For a plain function that is its body; for an async function, async closure or async
 * block it is a small entry that only packs the arguments into a new, unpolled future (so the
 * async-call protocol is the same call as any other); the body runs when the future is polled.
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
    /** What a call runs: the body, or for async kinds the entry that makes the future; null for built-ins (javaBody). */
    @CompilationFinal public RootCallTarget callTarget;
    /** The compiled body (for async kinds, what polling the future runs). */
    @CompilationFinal public RootCallTarget body;
    /** Async kinds: what polls the future (this function's own coroutine driver). */
    @CompilationFinal public RootCallTarget driver;
    /**
     * What a call site may run directly instead of calling {@link #callTarget}: a built-in's
     * Java code, or an async kind's entry (it only makes the future); else null.
     */
    @CompilationFinal public JavaBody javaBody;

    /**
     * Java code a call may run in place of a call target: no frame, no call, and nothing for
     * the compiler to compile on its own (the root only wraps this).
     */
    public interface JavaBody {
        /** Runs on a call's arguments, the function (or a method's receiver) first. */
        Object invoke(Object[] calleeAndArgs);
    }

    public FunctionTemplate(String name, Kind kind, int minArity, int maxArity) {
        this.name = name;
        this.kind = kind;
        this.minArity = minArity;
        this.maxArity = maxArity;
    }

    /** A template whose body is ready now (a program's top level). */
    public FunctionTemplate(String name, Kind kind, int minArity, int maxArity, RootCallTarget body) {
        this(name, kind, minArity, maxArity);
        this.body = body;
        this.callTarget = body;
    }

    /**
     * A built-in: Java code only. Every call site runs {@code javaBody} (see FunctionCall and
     * MethodCall), so no call target is made for it: one fewer per built-in at every start.
     */
    public FunctionTemplate(String name, Kind kind, int minArity, int maxArity, JavaBody javaBody) {
        this(name, kind, minArity, maxArity);
        this.javaBody = javaBody;
    }

    public boolean acceptsArity(int n) {
        return n >= minArity && (maxArity < 0 || n <= maxArity);
    }

    /** {@code expects 2 arguments}, {@code expects 0 or 1 arguments}, {@code expects 1 to 3 arguments}, {@code expects at least 1 argument}. */
    public String expectation() {
        if (maxArity == minArity) {
            return "expects " + plural(minArity);
        } else if (maxArity < 0) {
            return "expects at least " + plural(minArity);
        }
        return "expects " + minArity + (maxArity == minArity + 1 ? " or " : " to ") + maxArity + " arguments";
    }

    private static String plural(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    @Override
    public String toString() {
        return kind.description + " " + name;
    }
}
