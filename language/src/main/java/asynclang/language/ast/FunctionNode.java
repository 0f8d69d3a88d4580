package asynclang.language.ast;

import java.util.List;

/**
 * One compiled body: the top level of a file, a named function, a closure or an async block.
 * Each becomes one bytecode root.
 */
public final class FunctionNode extends Node {

    public enum Kind {
        TOP_LEVEL, FUNCTION, ASYNC_FUNCTION, CLOSURE, ASYNC_CLOSURE, ASYNC_BLOCK;

        /** Whether {@code .await} may appear directly in the body. */
        public boolean isAsync() {
            return this == TOP_LEVEL || this == ASYNC_FUNCTION || this == ASYNC_CLOSURE || this == ASYNC_BLOCK;
        }
    }

    public record Parameter(String name, int start, int end) {
    }

    public final Kind kind;
    /** The declared name; closures take the name of the variable they are first bound to. */
    public String name;
    public final int nameStart;
    public final List<Parameter> parameters;
    /** A Block for everything but closures, whose body may be any expression. */
    public final Expr body;


    public FunctionNode(int start, int end, Kind kind, String name, int nameStart, List<Parameter> parameters, Expr body) {
        super(start, end);
        this.kind = kind;
        this.name = name;
        this.nameStart = nameStart;
        this.parameters = parameters;
        this.body = body;
    }

    /** The name used in stack traces and messages. */
    public String displayName() {
        return switch (kind) {
            case TOP_LEVEL -> "<main>";
            case ASYNC_BLOCK -> "<async block>";
            default -> name != null ? name : "<closure>";
        };
    }
}
