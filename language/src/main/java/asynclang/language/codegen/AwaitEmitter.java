package asynclang.language.codegen;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import asynclang.language.ast.Expr;
import asynclang.language.bytecode.AlRootNodeGen;

/**
 * {@code x.await} becomes a suspension point of the enclosing async body: take the future
 * ({@code AwaitRequest}); finish at once if it can ({@code AwaitFastInto}: a fresh coroutine
 * runs as a plain call, another future is polled once); otherwise yield it to the driver and
 * continue with what the driver resumes the frame with ({@code AwaitResumeInto}: the output,
 * or an error to raise here). The yield carries the source section of the whole {@code x.await},
 * which is where task dumps and traces say the body is suspended.
 */
final class AwaitEmitter {

    private AwaitEmitter() {
    }

    static void await(BodyEmitter e, Expr.Await a) {
        AlRootNodeGen.Builder b = e.builder();
        int start = leftmostStart(a.operand);
        b.beginSourceSection(start, a.end - start);
        await(e, () -> e.expr(a.operand));
        b.endSourceSection();
    }

    /**
     * Awaits what {@code operand} evaluates to. The output passes through the body's await
     * local ({@link BodyEmitter#awaitLocal}), which is empty again once the await is done: one
     * local serves every await of a body, since an await's operand is finished before its own
     * wait begins and nothing else runs between its parts.
     */
    static void await(BodyEmitter e, Runnable operand) {
        AlRootNodeGen.Builder b = e.builder();
        BytecodeLocal result = e.awaitLocal();
        b.beginBlock(); // one value: the last child's
        // Not finished at once: suspend until the driver resumes the body with the output.
        b.beginIfThen();
        b.beginAwaitFastInto(result);
        b.beginAwaitRequest();
        operand.run();
        b.endAwaitRequest();
        b.endAwaitFastInto();
        b.beginAwaitResumeInto(result);
        b.beginYield();
        b.emitTakeLocal(result);
        b.endYield();
        b.endAwaitResumeInto();
        b.endIfThen();
        b.emitTakeLocal(result);
        b.endBlock();
    }

    /** Where an expression's text begins: a method call's node starts at its name, say. */
    static int leftmostStart(Expr e) {
        int start = e.start;
        Expr inner = switch (e) {
            case Expr.MethodCall m -> m.receiver;
            case Expr.Field f -> f.receiver;
            case Expr.Index i -> i.receiver;
            case Expr.Call c -> c.callee;
            case Expr.Await w -> w.operand;
            case Expr.Binary bin -> bin.left;
            default -> null;
        };
        return inner == null ? start : Math.min(start, leftmostStart(inner));
    }

    /** The program's {@code main()} result, awaited if it is a future (block_on). */
    static void awaitIfFuture(BodyEmitter e, Runnable value) {
        AlRootNodeGen.Builder b = e.builder();
        b.beginAwaitResume();
        b.beginYield();
        b.beginAwaitableOrReady();
        value.run();
        b.endAwaitableOrReady();
        b.endYield();
        b.endAwaitResume();
    }
}
