package asynclang.language.ast;

import java.util.List;

/** Statements: the things in a block that are not its value. */
public abstract sealed class Stmt extends Node {

    protected Stmt(int start, int end) {
        super(start, end);
    }

    public static final class Let extends Stmt {
        public final String name;
        public final int nameStart;
        /** Null for {@code let x;}, which binds nil. */
        public final Expr initializer;

        public Let(int start, int end, String name, int nameStart, Expr initializer) {
            super(start, end);
            this.name = name;
            this.nameStart = nameStart;
            this.initializer = initializer;
        }
    }

    /** {@code fn} / {@code async fn}: bound for the whole enclosing block (hoisted). */
    public static final class FnDeclaration extends Stmt {
        public final FunctionNode function;

        public FnDeclaration(int start, int end, FunctionNode function) {
            super(start, end);
            this.function = function;
        }
    }

    /** An expression evaluated for its effect. Block-like expressions need no semicolon. */
    public static final class Expression extends Stmt {
        public final Expr expression;
        public final boolean hasSemicolon;

        public Expression(int start, int end, Expr expression, boolean hasSemicolon) {
            super(start, end);
            this.expression = expression;
            this.hasSemicolon = hasSemicolon;
        }
    }

    public static final class Return extends Stmt {
        public final Expr value;

        public Return(int start, int end, Expr value) {
            super(start, end);
            this.value = value;
        }
    }

    public static final class Break extends Stmt {
        public final Expr value;

        public Break(int start, int end, Expr value) {
            super(start, end);
            this.value = value;
        }
    }

    public static final class Continue extends Stmt {

        public Continue(int start, int end) {
            super(start, end);
        }
    }

    public static final class Throw extends Stmt {
        public final Expr value;

        public Throw(int start, int end, Expr value) {
            super(start, end);
            this.value = value;
        }
    }

    /**
     * {@code import "./util.al" as util;} (a file, path relative to the importing file) or
     * {@code import std.net;} (a standard module; binds its last name unless renamed).
     */
    public static final class Import extends Stmt {
        public final String filePath;
        public final List<String> modulePath;
        public final String alias;
        public final int aliasStart;

        public Import(int start, int end, String filePath, List<String> modulePath, String alias, int aliasStart) {
            super(start, end);
            this.filePath = filePath;
            this.modulePath = modulePath;
            this.alias = alias;
            this.aliasStart = aliasStart;
        }

        public boolean isFile() {
            return filePath != null;
        }
    }

    public static final class Empty extends Stmt {
        public Empty(int start, int end) {
            super(start, end);
        }
    }
}
