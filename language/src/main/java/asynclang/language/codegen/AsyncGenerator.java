package asynclang.language.codegen;

import asynclang.language.ast.Expr;

/** {@code .await}: compiled into a suspension point of the enclosing async body. */
final class AsyncGenerator {

    private AsyncGenerator() {
    }

    static void await(BytecodeGenerator g, Expr.Await a) {
        // Placeholder until the async core lands: evaluates the operand.
        g.expression(a.operand);
    }
}
