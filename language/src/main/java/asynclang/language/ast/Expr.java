package asynclang.language.ast;

import java.util.List;

/** Expressions. Blocks, {@code if}, loops and {@code try} are expressions too, as in Rust. */
public abstract sealed class Expr extends Node {

    protected Expr(int start, int end) {
        super(start, end);
    }

    /**
     * A constant: Long, BigInteger (too big for a long), Double, String, Boolean,
     * {@link #NIL}, or a {@link DurationLiteral}. Plain Java values: the code generator turns
     * them into the language's values.
     */
    public static final class Literal extends Expr {
        /** The value of {@code nil}. */
        public static final Object NIL = new Object() {
            @Override
            public String toString() {
                return "nil";
            }
        };

        public final Object value;

        public Literal(int start, int end, Object value) {
            super(start, end);
            this.value = value;
        }
    }

    /** {@code "task {id} took {elapsed}"}: String constants and expressions, in order. */
    public static final class Interpolation extends Expr {
        public final List<Expr> parts;

        public Interpolation(int start, int end, List<Expr> parts) {
            super(start, end);
            this.parts = parts;
        }
    }

    public static final class Name extends Expr {
        public final String name;

        public Name(int start, int end, String name) {
            super(start, end);
            this.name = name;
        }
    }

    public static final class ListLiteral extends Expr {
        public final List<Expr> elements;

        public ListLiteral(int start, int end, List<Expr> elements) {
            super(start, end);
            this.elements = elements;
        }
    }

    public static final class MapLiteral extends Expr {
        public final List<Expr> keys;
        public final List<Expr> values;

        public MapLiteral(int start, int end, List<Expr> keys, List<Expr> values) {
            super(start, end);
            this.keys = keys;
            this.values = values;
        }
    }

    /** {@code { statements; tail }}: the tail expression (possibly null) is the block's value. */
    public static final class Block extends Expr {
        public final List<Stmt> statements;
        public final Expr tail;

        public Block(int start, int end, List<Stmt> statements, Expr tail) {
            super(start, end);
            this.statements = statements;
            this.tail = tail;
        }
    }

    public static final class If extends Expr {
        public final Expr condition;
        public final Block then;
        /** A Block, another If ({@code else if}), or null. */
        public final Expr otherwise;

        public If(int start, int end, Expr condition, Block then, Expr otherwise) {
            super(start, end);
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }
    }

    /** Common to the three loops: what {@code break} and {@code continue} refer to. */
    public abstract static sealed class Loop extends Expr permits While, LoopForever, For {
        public final Block body;

        protected Loop(int start, int end, Block body) {
            super(start, end);
            this.body = body;
        }
    }

    public static final class While extends Loop {
        public final Expr condition;

        public While(int start, int end, Expr condition, Block body) {
            super(start, end, body);
            this.condition = condition;
        }
    }

    /** {@code loop { }}; the only loop whose {@code break} may carry a value. */
    public static final class LoopForever extends Loop {
        public LoopForever(int start, int end, Block body) {
            super(start, end, body);
        }
    }

    public static final class For extends Loop {
        public final String variableName;
        public final int variableStart;
        public final Expr iterable;

        public For(int start, int end, String variableName, int variableStart, Expr iterable, Block body) {
            super(start, end, body);
            this.variableName = variableName;
            this.variableStart = variableStart;
            this.iterable = iterable;
        }
    }

    /** {@code try { } catch e { } finally { }}; catch and finally are each optional, not both. */
    public static final class Try extends Expr {
        public final Block body;
        /** Null when the catch clause binds no name, or there is no catch clause. */
        public final String catchName;
        public final Block catchBody;
        public final Block finallyBody;

        public Try(int start, int end, Block body, String catchName, Block catchBody, Block finallyBody) {
            super(start, end);
            this.body = body;
            this.catchName = catchName;
            this.catchBody = catchBody;
            this.finallyBody = finallyBody;
        }
    }

    public enum UnaryOp {
        NEGATE("-"), NOT("!");

        public final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    public static final class Unary extends Expr {
        public final UnaryOp op;
        public final Expr operand;

        public Unary(int start, int end, UnaryOp op, Expr operand) {
            super(start, end);
            this.op = op;
            this.operand = operand;
        }
    }

    public enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"),
        EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">=");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public boolean isComparison() {
            return ordinal() >= EQUAL.ordinal();
        }
    }

    public static final class Binary extends Expr {
        public final BinaryOp op;
        public final Expr left;
        public final Expr right;

        public Binary(int start, int end, BinaryOp op, Expr left, Expr right) {
            super(start, end);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code &&} and {@code ||}: short-circuiting, and the value is the deciding operand. */
    public static final class Logical extends Expr {
        public final boolean isAnd;
        public final Expr left;
        public final Expr right;

        public Logical(int start, int end, boolean isAnd, Expr left, Expr right) {
            super(start, end);
            this.isAnd = isAnd;
            this.left = left;
            this.right = right;
        }
    }

    public static final class Range extends Expr {
        public final Expr from;
        public final Expr to;
        public final boolean inclusive;

        public Range(int start, int end, Expr from, Expr to, boolean inclusive) {
            super(start, end);
            this.from = from;
            this.to = to;
            this.inclusive = inclusive;
        }
    }

    /** {@code target = value} or a compound {@code target op= value} (op non-null). */
    public static final class Assign extends Expr {
        public final BinaryOp op;
        public final Expr target;
        public final Expr value;

        public Assign(int start, int end, BinaryOp op, Expr target, Expr value) {
            super(start, end);
            this.op = op;
            this.target = target;
            this.value = value;
        }
    }

    public static final class Call extends Expr {
        public final Expr callee;
        public final List<Expr> arguments;

        public Call(int start, int end, Expr callee, List<Expr> arguments) {
            super(start, end);
            this.callee = callee;
            this.arguments = arguments;
        }
    }

    public static final class MethodCall extends Expr {
        public final Expr receiver;
        public final String name;
        public final List<Expr> arguments;

        public MethodCall(int start, int end, Expr receiver, String name, List<Expr> arguments) {
            super(start, end);
            this.receiver = receiver;
            this.name = name;
            this.arguments = arguments;
        }
    }

    public static final class Field extends Expr {
        public final Expr receiver;
        public final String name;

        public Field(int start, int end, Expr receiver, String name) {
            super(start, end);
            this.receiver = receiver;
            this.name = name;
        }
    }

    public static final class Index extends Expr {
        public final Expr receiver;
        public final Expr index;

        public Index(int start, int end, Expr receiver, Expr index) {
            super(start, end);
            this.receiver = receiver;
            this.index = index;
        }
    }

    /** {@code operand.await}; the node's range is the {@code await} keyword. */
    public static final class Await extends Expr {
        public final Expr operand;

        public Await(int start, int end, Expr operand) {
            super(start, end);
            this.operand = operand;
        }
    }

    /** A closure, async closure or async block. */
    public static final class Function extends Expr {
        public final FunctionNode function;

        public Function(int start, int end, FunctionNode function) {
            super(start, end);
            this.function = function;
        }
    }

    /** Kept so the resolver can tell {@code (a < b) < c} from the chained {@code a < b < c}. */
    public static final class Parenthesized extends Expr {
        public final Expr inner;

        public Parenthesized(int start, int end, Expr inner) {
            super(start, end);
            this.inner = inner;
        }
    }
}
