package asynclang.language.codegen;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.ast.DurationLiteral;
import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Stmt;
import asynclang.language.bytecode.AlRootNodeGen;
import asynclang.language.errors.ErrorReport;
import asynclang.language.frontend.ImportTarget;
import asynclang.language.frontend.StdModules;
import asynclang.language.functions.FunctionTemplate;
import asynclang.language.resolver.Binding;
import asynclang.language.resolver.Capture;
import asynclang.language.resolver.FunctionScope;
import asynclang.language.resolver.Resolution;
import asynclang.language.resolver.Variable;
import asynclang.language.values.AlDuration;
import asynclang.language.values.BigInt;
import asynclang.language.values.Nil;

/**
 * One run of a {@link BodyCompiler}: emits the body's bytecode. Every expression leaves
 * exactly one value; statements leave none.
 * <p>
 * Variables that closures capture live in cells created when their block is entered (so a
 * closure made before the {@code let} runs already shares the cell, and each loop iteration gets
 * fresh ones). Functions declared in a block are created at its entry, so they can call each
 * other in any order.
 */
final class BodyEmitter {

    private final BodyCompiler compiler;
    private final AlRootNodeGen.Builder b;
    private final Resolution resolution;
    private final Source source;
    private final Map<Variable, BytecodeLocal> locals = new IdentityHashMap<>();
    private final Map<Expr.Loop, LoopLabels> loops = new IdentityHashMap<>();
    /** The locals holding the exceptions of the catch blocks being emitted, innermost first. */
    private final ArrayDeque<BytecodeLocal> catches = new ArrayDeque<>();
    /** Where an await leaves its output (see {@link AwaitEmitter#await}); only async bodies have one. */
    private BytecodeLocal awaitLocal;

    private record LoopLabels(BytecodeLabel breakLabel, BytecodeLabel continueLabel, BytecodeLocal result) {
    }

    BodyEmitter(BodyCompiler compiler, AlRootNodeGen.Builder builder) {
        this.compiler = compiler;
        this.b = builder;
        this.resolution = compiler.unit.resolution();
        this.source = compiler.unit.source();
    }

    AlRootNodeGen.Builder builder() {
        return b;
    }

    /** The body's await local, made at its start so that it is in scope everywhere in it. */
    BytecodeLocal awaitLocal() {
        return awaitLocal;
    }

    // ---- the body --------------------------------------------------------------------------

    void root() {
        FunctionNode fn = compiler.function;
        FunctionScope scope = resolution.scope(fn);
        // The section encloses the root so that the root's tag (RootTag, for the CPU tracer and
        // the debugger's frames) has it as well as the root node.
        b.beginSource(source);
        b.beginSourceSection(fn.start, fn.length());
        b.beginRoot();
        b.beginBlock();
        List<Variable> parameters = scope.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Variable p = parameters.get(i);
            int argument = i + 1;
            declare(p, () -> b.emitLoadArgument(argument));
        }
        if (fn.kind.isAsync()) {
            awaitLocal = b.createLocal();
        }
        b.beginReturn();
        if (fn.body instanceof Expr.Block body) {
            Runnable epilogue = null;
            if (fn.kind == FunctionNode.Kind.TOP_LEVEL) {
                if (compiler.unit.isModule()) {
                    epilogue = () -> exports(body);
                } else if (resolution.mainFunction() != null) {
                    epilogue = () -> callMain(resolution.mainFunction());
                }
            }
            block(body, epilogue, true);
        } else {
            expr(fn.body);
        }
        b.endReturn();
        b.endBlock();
        b.endRoot();
        b.endSourceSection();
        b.endSource();
    }

    /**
     * After the top level: {@code main()}, whose value is the program's (awaited if a future).
     * The call has no text of its own: traces show it at main's declaration.
     */
    private void callMain(Variable main) {
        Stmt declaration = null;
        for (Stmt s : ((Expr.Block) compiler.function.body).statements) {
            if (s instanceof Stmt.FnDeclaration && resolution.variable(s) == main) {
                declaration = s;
            }
        }
        b.beginSourceSection(declaration.start, declaration.length());
        AwaitEmitter.awaitIfFuture(this, () -> {
            b.beginCall();
            load(new Binding.Local(main));
            b.endCall();
        });
        b.endSourceSection();
    }

    /**
     * A module's value: {name: value} of its top-level lets, fns and imports (the last of a name
     * wins). A variable the module's functions may still assign is exported as its cell: a live
     * binding (see AlMap.entries).
     */
    private void exports(Expr.Block body) {
        b.beginMakeMap();
        for (Variable v : lastOfEachName(body)) {
            b.emitLoadConstant(v.name);
            loadValueOrCell(v);
        }
        b.endMakeMap();
    }

    /** A block's variables, the last declaration of each name only (the one visible at its end). */
    private java.util.Collection<Variable> lastOfEachName(Expr.Block body) {
        Map<String, Variable> byName = new LinkedHashMap<>();
        for (Variable v : resolution.blockVariables(body)) {
            byName.remove(v.name);
            byName.put(v.name, v);
        }
        return byName.values();
    }

    private void createFunction(FunctionNode fn) {
        FunctionTemplate template = compiler.templates.get(fn);
        b.beginCreateFunction(template);
        loadCaptures(fn);
        b.endCreateFunction();
    }

    /** The cells {@code fn} captures, in order. */
    private void loadCaptures(FunctionNode fn) {
        for (Capture c : resolution.scope(fn).captures()) {
            loadCell(c.outer());
        }
    }

    // ---- variables -------------------------------------------------------------------------

    private BytecodeLocal local(Variable v) {
        return locals.computeIfAbsent(v, x -> b.createLocal(x.name, null));
    }

    /** Gives a variable of this function its first value (a new cell if captured). */
    private void declare(Variable v, Runnable value) {
        b.beginStoreLocal(local(v));
        if (v.needsCell()) {
            b.beginNewCell();
            value.run();
            b.endNewCell();
        } else {
            value.run();
        }
        b.endStoreLocal();
    }

    private void load(Binding binding) {
        switch (binding) {
            case Binding.Local(Variable v) -> {
                if (v.needsCell()) {
                    cellGet(binding, v);
                } else {
                    loadLocal(v);
                }
            }
            case Binding.Captured(int index, Variable v) when isSelf(v) -> b.emitLoadArgument(0);
            case Binding.Captured(int index, Variable v) when !v.needsCell() -> loadCell(binding);
            case Binding.Captured(int index, Variable v) -> cellGet(binding, v);
            case Binding.TopLevel(String name) -> b.emitLoadTopLevel(name);
            case Binding.Global(String name) when name.equals(StdModules.NATIVE) && compiler.unit.stdModule() != null -> b.emitLoadStdNatives(compiler.unit.stdModule());
            case Binding.Global(String name) -> b.emitLoadConstant(compiler.globals.get(name));
        }
    }

    /**
     * Whether {@code v} is the name of the fn being compiled: a recursive call. A fn's name
     * cannot be assigned, so its cell holds the function that is running, which is argument 0
     * (async fns are left alone: their bodies run with other arguments).
     */
    private boolean isSelf(Variable v) {
        FunctionNode fn = compiler.function;
        return fn.kind == FunctionNode.Kind.FUNCTION && v.kind == Variable.Kind.FUNCTION && v.declarationStart == fn.nameStart && v.name.equals(fn.name);
    }

    /** A local's value; for a local built by appending, the string so far (see {@link #appendTo}). */
    private void loadLocal(Variable v) {
        if (resolution.isAppendedTo(v)) {
            b.beginReadAppended();
            b.emitLoadLocal(locals.get(v));
            b.endReadAppended();
        } else {
            b.emitLoadLocal(locals.get(v));
        }
    }

    /** The value in a variable's cell; for one built by appending, the string so far (see {@link #appendTo}). */
    private void cellGet(Binding binding, Variable v) {
        boolean appended = resolution.isAppendedTo(v);
        if (appended) {
            b.beginReadAppended();
        }
        cellValue(binding, v);
        if (appended) {
            b.endReadAppended();
        }
    }

    /** What a variable's cell holds, as it is (an accumulator, for one built by appending). */
    private void cellValue(Binding binding, Variable v) {
        b.beginCellGet(v.name);
        loadCell(binding);
        b.endCellGet();
    }

    /**
     * {@code s += part}, {@code s = s + part1 + part2 ...} or {@code s = "{s}..."} on a local
     * string: each part appended in place (AppendTo), left to right as the sum adds them. In a
     * sum, each append reports its errors at its own {@code +}, as the sum would. A variable in
     * a cell (captured, and assigned) is built the same way when the parts run no script code
     * (see {@link Resolution#appendRunsNoCode}); its readers take the string so far too.
     */
    private void appendTo(Binding binding, Expr.Assign a) {
        Variable v = Binding.variableOf(binding);
        List<Expr> parts = resolution.appended(a);
        // Where each append reports its errors: a sum's own +, else the whole assignment.
        ArrayDeque<Expr> at = new ArrayDeque<>();
        for (Expr e = a.value; a.op == null && e instanceof Expr.Binary sum; e = sum.left) {
            at.addFirst(sum);
        }
        if (at.isEmpty()) {
            at.add(a);
        }
        store(binding, () -> {
            for (Expr section : at.reversed()) {
                b.beginSourceSection(section.start, section.length());
                b.beginAppendTo();
            }
            heldValue(binding, v);
            for (Expr part : parts) {
                expr(part);
                b.endAppendTo();
                b.endSourceSection();
            }
        });
    }

    /** Whether {@code a} appends in place (see {@link #appendTo}) to the variable {@code binding} names. */
    private boolean appendsInPlace(Expr.Assign a, Binding binding) {
        if (resolution.appended(a) == null) {
            return false;
        }
        return switch (binding) {
            case Binding.Local(Variable v) -> !v.needsCell() || resolution.appendRunsNoCode(a);
            case Binding.Captured(int index, Variable v) -> v.needsCell() && resolution.appendRunsNoCode(a);
            case null, default -> false;
        };
    }

    /** The cell of a captured variable, seen from the current function (its value, if captured by value). */
    private void loadCell(Binding binding) {
        switch (binding) {
            case Binding.Local(Variable v) -> b.emitLoadLocal(locals.get(v));
            case Binding.Captured(int index, Variable v) when compiler.function.kind == FunctionNode.Kind.ASYNC_BLOCK -> b.emitLoadStartArgument(index);
            case Binding.Captured(int index, Variable v) -> {
                b.beginLoadCapture(index);
                loadClosure();
                b.endLoadCapture();
            }
            case Binding.Global g -> throw new IllegalStateException("globals have no cell");
            case Binding.TopLevel t -> throw new IllegalStateException("earlier top-level names are reached through their slot");
        }
    }

    /**
     * The running function, whose captures a body reads: argument 0. An async body reads it from
     * its first frame (LoadStartArgument), since after a resume argument 0 is the continuation's own.
     */
    private void loadClosure() {
        if (compiler.function.kind.isAsync()) {
            b.emitLoadStartArgument(0);
        } else {
            b.emitLoadArgument(0);
        }
    }

    private void store(Binding binding, Runnable value) {
        switch (binding) {
            case Binding.Local(Variable v) when !v.needsCell() -> {
                b.beginStoreLocal(local(v));
                value.run();
                b.endStoreLocal();
            }
            case Binding.Local l -> storeCell(binding, value);
            case Binding.Captured c -> storeCell(binding, value);
            case Binding.TopLevel(String name) -> {
                b.beginStoreTopLevel(name);
                value.run();
                b.endStoreTopLevel();
            }
            case Binding.Global g -> throw new IllegalStateException("the resolver rejects assignments to globals");
        }
    }

    private void storeCell(Binding binding, Runnable value) {
        b.beginCellSet();
        loadCell(binding);
        value.run();
        b.endCellSet();
    }

    // ---- blocks and statements -------------------------------------------------------------

    /**
     * A block: its value (if {@code value}) is its tail expression, else {@code epilogue}'s
     * value, else nil; without {@code value} it leaves nothing on the stack.
     */
    private void block(Expr.Block block, Runnable epilogue, boolean value) {
        b.beginBlock();
        for (Variable v : resolution.blockVariables(block)) {
            // A fresh local every time the block is emitted: a finally block is emitted once
            // per way out of its try, each copy in its own scope.
            BytecodeLocal local = b.createLocal(v.name, null);
            locals.put(v, local);
            if (v.needsCell()) {
                b.beginStoreLocal(local);
                b.emitNewEmptyCell();
                b.endStoreLocal();
            }
        }
        for (Stmt s : block.statements) {
            if (s instanceof Stmt.FnDeclaration fn) {
                store(new Binding.Local(resolution.variable(fn)), () -> createFunction(fn.function));
            }
        }
        for (Stmt s : block.statements) {
            if (!(s instanceof Stmt.FnDeclaration) && !(s instanceof Stmt.Empty)) {
                b.beginSourceSection(s.start, s.length());
                b.beginTag(StatementTag.class);
                statement(s);
                b.endTag(StatementTag.class);
                b.endSourceSection();
            }
        }
        if (block == topLevelBody()) {
            // The program's value, kept while the top level's names are exported for later evaluations.
            BytecodeLocal result = b.createLocal("<value>", null);
            b.beginStoreLocal(result);
            // A Block, whose value is its last child's: the tail may come first, discarded, when main follows.
            b.beginBlock();
            blockValue(block, epilogue, true);
            b.endBlock();
            b.endStoreLocal();
            exportTopLevel(block);
            b.emitLoadLocal(result);
        } else {
            blockValue(block, epilogue, value);
        }
        b.endBlock();
    }

    /** The body of a program's top level (not a module's), whose names later evaluations see. */
    private Expr.Block topLevelBody() {
        FunctionNode fn = compiler.function;
        return fn.kind == FunctionNode.Kind.TOP_LEVEL && !compiler.unit.isModule() ? (Expr.Block) fn.body : null;
    }

    private void exportTopLevel(Expr.Block body) {
        for (Variable v : lastOfEachName(body)) {
            b.beginExportTopLevel(v.name);
            loadValueOrCell(v);
            b.endExportTopLevel();
        }
    }

    /** A top-level variable as it outlives its top level: its cell if it has one, else its value. */
    private void loadValueOrCell(Variable v) {
        if (v.needsCell()) {
            loadCell(new Binding.Local(v));
        } else {
            loadLocal(v);
        }
    }

    private void blockValue(Expr.Block block, Runnable epilogue, boolean value) {
        if (block.tail != null) {
            // The tail expression is the block's last statement too (a debugger stops there).
            b.beginSourceSection(block.tail.start, block.tail.length());
            b.beginTag(StatementTag.class);
            if (epilogue != null) {
                // main() follows: the tail is a statement whose value nobody takes.
                expressionStatement(block.tail);
            } else if (!value) {
                discard(block.tail);
            } else if (block == topLevelBody() && futureProducer(block.tail) instanceof Expr producer) {
                b.beginWarnUnusedProgramValue(site(producer));
                expr(block.tail);
                b.endWarnUnusedProgramValue();
            } else {
                expr(block.tail);
            }
            b.endTag(StatementTag.class);
            b.endSourceSection();
            if (epilogue != null) {
                epilogue.run();
            }
        } else if (epilogue != null) {
            epilogue.run();
        } else if (value) {
            nil();
        }
    }

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Let let -> store(new Binding.Local(resolution.variable(let)), () -> {
                if (let.initializer != null) {
                    expr(let.initializer);
                } else {
                    nil();
                }
            });
            case Stmt.FnDeclaration fn -> {
                // Created at block entry.
            }
            case Stmt.Expression e -> expressionStatement(e.expression);
            case Stmt.Return r -> {
                b.beginReturn();
                if (r.value != null) {
                    expr(r.value);
                } else {
                    nil();
                }
                b.endReturn();
            }
            case Stmt.Break br -> {
                LoopLabels labels = loops.get(resolution.target(br));
                if (br.value != null) {
                    b.beginStoreLocal(labels.result);
                    expr(br.value);
                    b.endStoreLocal();
                }
                b.emitBranch(labels.breakLabel);
            }
            case Stmt.Continue c -> b.emitBranch(loops.get(resolution.target(c)).continueLabel);
            case Stmt.Throw t when !catches.isEmpty() -> {
                b.beginThrowInCatch();
                expr(t.value);
                b.emitLoadLocal(catches.peek());
                b.endThrowInCatch();
            }
            case Stmt.Throw t -> {
                b.beginThrow();
                expr(t.value);
                b.endThrow();
            }
            case Stmt.Import imp -> store(new Binding.Local(resolution.variable(imp)), () -> importModule(imp));
            case Stmt.Empty e -> {
            }
        }
    }

    private void importModule(Stmt.Import imp) {
        ImportTarget target = compiler.unit.imports().get(imp);
        switch (target) {
            case ImportTarget.File f -> AwaitEmitter.await(this, () -> b.emitLoadModule(compiler.modules.get(f.unit())));
            case ImportTarget.Std s when s.unit() != null -> AwaitEmitter.await(this, () -> b.emitLoadModule(compiler.modules.get(s.unit())));
            case ImportTarget.Std s -> b.emitLoadStdNatives(s.name());
            case null -> throw new IllegalStateException("unresolved import");
        }
    }

    /**
     * A statement whose value may be a future nobody will poll (a call, an async block, a
     * variable, a field or an element, or a block, if or try ending in one) gets a check that
     * warns about it.
     */
    private void expressionStatement(Expr e) {
        Expr producer = futureProducer(e);
        if (producer == null) {
            discard(e);
            return;
        }
        b.beginWarnUnusedFuture(site(producer));
        expr(e);
        b.endWarnUnusedFuture();
    }

    /** Where a never-awaited warning points: {@code file:line:col} of what makes the future. */
    private String site(Expr producer) {
        int start = AwaitEmitter.leftmostStart(producer);
        SourceSection at = source.createSection(start, Math.max(1, producer.end - start));
        return ErrorReport.position(at);
    }

    /** The part of {@code e} that may make the future it evaluates to (the warning points there), or null. */
    private static Expr futureProducer(Expr e) {
        return switch (e) {
            case Expr.Call c -> c;
            case Expr.MethodCall m -> m;
            case Expr.Name n -> n;
            case Expr.Field f -> f;
            case Expr.Index i -> i;
            case Expr.Function f when f.function.kind == FunctionNode.Kind.ASYNC_BLOCK -> f;
            case Expr.Parenthesized p -> futureProducer(p.inner);
            case Expr.Block block -> block.tail == null ? null : futureProducer(block.tail);
            case Expr.If i -> firstProducer(i.then, i.otherwise);
            case Expr.Try t -> firstProducer(t.body, t.catchBody);
            default -> null;
        };
    }

    private static Expr firstProducer(Expr a, Expr b) {
        Expr first = a == null ? null : futureProducer(a);
        return first != null ? first : b == null ? null : futureProducer(b);
    }

    /**
     * Evaluates {@code e} for its effects only, leaving nothing on the stack. Assignments,
     * blocks, ifs and loops are emitted without the nil they would evaluate to, so a statement
     * costs no instructions to make a value and drop it.
     */
    private void discard(Expr e) {
        switch (e) {
            case Expr.Assign a -> section(e, () -> assign(a, false));
            case Expr.Block block -> section(e, () -> block(block, null, false));
            case Expr.If i -> section(e, () -> ifStatement(i));
            case Expr.While w -> section(e, () -> loop(w, () -> condition(w.condition), null, false));
            case Expr.LoopForever l -> section(e, () -> loop(l, () -> b.emitLoadConstant(true), null, false));
            case Expr.For f -> section(e, () -> forLoop(f, false));
            case Expr.Parenthesized p -> section(e, () -> discard(p.inner));
            default -> {
                b.beginDiscard();
                expr(e);
                b.endDiscard();
            }
        }
    }

    private void section(Expr e, Runnable emit) {
        b.beginSourceSection(e.start, e.length());
        emit.run();
        b.endSourceSection();
    }

    private void nil() {
        b.emitLoadConstant(Nil.NIL);
    }

    // ---- expressions -----------------------------------------------------------------------

    void expr(Expr e) {
        b.beginSourceSection(e.start, e.length());
        switch (e) {
            case Expr.Literal l -> b.emitLoadConstant(constant(l.value));
            case Expr.Interpolation i -> {
                b.beginInterpolate();
                for (Expr part : i.parts) {
                    expr(part);
                }
                b.endInterpolate();
            }
            case Expr.Name n -> load(resolution.binding(n));
            case Expr.ListLiteral l -> {
                b.beginMakeList();
                for (Expr element : l.elements) {
                    expr(element);
                }
                b.endMakeList();
            }
            case Expr.MapLiteral m -> {
                b.beginMakeMap();
                for (int i = 0; i < m.keys.size(); i++) {
                    expr(m.keys.get(i));
                    expr(m.values.get(i));
                }
                b.endMakeMap();
            }
            case Expr.Block block -> block(block, null, true);
            case Expr.If i -> ifExpression(i);
            case Expr.While w -> loop(w, () -> condition(w.condition), null, true);
            case Expr.LoopForever l -> loop(l, () -> b.emitLoadConstant(true), null, true);
            case Expr.For f -> forLoop(f, true);
            case Expr.Try t -> tryExpression(t);
            case Expr.Unary u -> {
                if (u.op == Expr.UnaryOp.NEGATE) {
                    b.beginNeg();
                    expr(u.operand);
                    b.endNeg();
                } else {
                    b.beginNot();
                    expr(u.operand);
                    b.endNot();
                }
            }
            case Expr.Binary bin -> binary(bin.op, () -> expr(bin.left), () -> expr(bin.right));
            case Expr.Logical l -> {
                if (l.isAnd) {
                    b.beginAnd();
                } else {
                    b.beginOr();
                }
                expr(l.left);
                expr(l.right);
                if (l.isAnd) {
                    b.endAnd();
                } else {
                    b.endOr();
                }
            }
            case Expr.Range r -> {
                b.beginMakeRange(r.inclusive);
                expr(r.from);
                expr(r.to);
                b.endMakeRange();
            }
            case Expr.Assign a -> assign(a, true);
            case Expr.Call c -> callOrAppendedLength(c, () -> call(c));
            case Expr.MethodCall m -> callOrAppendedLength(m, () -> invoke(m));
            case Expr.Field f -> {
                b.beginReadField(f.name);
                expr(f.receiver);
                b.endReadField();
            }
            case Expr.Index i -> {
                b.beginReadIndex();
                expr(i.receiver);
                expr(i.index);
                b.endReadIndex();
            }
            case Expr.Await a -> AwaitEmitter.await(this, a);
            case Expr.Function f when f.function.kind == FunctionNode.Kind.ASYNC_BLOCK -> {
                b.beginCreateAsyncBlock(compiler.templates.get(f.function));
                loadCaptures(f.function);
                b.endCreateAsyncBlock();
            }
            case Expr.Function f -> createFunction(f.function);
            case Expr.Parenthesized p -> expr(p.inner);
        }
        b.endSourceSection();
    }

    private void call(Expr.Call c) {
        b.beginTag(CallTag.class);
        b.beginCall();
        expr(c.callee);
        for (Expr arg : c.arguments) {
            expr(arg);
        }
        b.endCall();
        b.endTag(CallTag.class);
    }

    private void invoke(Expr.MethodCall m) {
        b.beginTag(CallTag.class);
        b.beginInvoke(m.name);
        expr(m.receiver);
        for (Expr arg : m.arguments) {
            expr(arg);
        }
        b.endInvoke();
        b.endTag(CallTag.class);
    }

    /**
     * The variable built by appending (see {@link #appendTo}; a local, or a cell captured or
     * not) whose length {@code e} asks for, as {@code len(s)} with the global {@code len} or as
     * {@code s.len()}; otherwise null.
     */
    private Binding lengthOfAppended(Expr e) {
        Expr operand = switch (e) {
            case Expr.Call c when c.arguments.size() == 1 && c.callee instanceof Expr.Name f
                            && resolution.binding(f) instanceof Binding.Global(String name) && name.equals("len") -> c.arguments.get(0);
            case Expr.MethodCall m when m.name.equals("len") && m.arguments.isEmpty() -> m.receiver;
            default -> null;
        };
        if (!(operand instanceof Expr.Name n)) {
            return null;
        }
        Binding binding = resolution.binding(n);
        Variable v = binding instanceof Binding.Local(Variable local) ? local
                        : binding instanceof Binding.Captured(int index, Variable captured) && captured.needsCell() && !isSelf(captured) ? captured : null;
        return v != null && resolution.isAppendedTo(v) ? binding : null;
    }

    /**
     * A call as written, or, when it asks for the length of a local built by appending, the
     * accumulator's count while the local holds one and the call otherwise. Reading the string
     * would copy it whole, so a loop like {@code while len(s) < n { s += x }} was quadratic.
     */
    private void callOrAppendedLength(Expr e, Runnable call) {
        Binding binding = lengthOfAppended(e);
        if (binding == null) {
            call.run();
            return;
        }
        Variable v = Binding.variableOf(binding);
        b.beginConditional();
        b.beginIsAccumulator();
        heldValue(binding, v);
        b.endIsAccumulator();
        b.beginAppendedLength();
        heldValue(binding, v);
        b.endAppendedLength();
        call.run();
        b.endConditional();
    }

    /** What a variable holds as it is: for one built by appending, the accumulator while it has one. */
    private void heldValue(Binding binding, Variable v) {
        if (v.needsCell()) {
            cellValue(binding, v);
        } else {
            b.emitLoadLocal(locals.get(v));
        }
    }

    /** The language's value for a literal of the AST. */
    private static Object constant(Object literal) {
        if (literal == Expr.Literal.NIL) {
            return Nil.NIL;
        } else if (literal instanceof BigInteger big) {
            return BigInt.normalize(big);
        } else if (literal instanceof DurationLiteral d) {
            return new AlDuration(d.nanos());
        }
        return literal;
    }

    /** A condition as a boolean: comparisons and {@code !} are one already, anything else is converted. */
    private void condition(Expr e) {
        if (isBoolean(e)) {
            expr(e);
            return;
        }
        b.beginToBool();
        expr(e);
        b.endToBool();
    }

    private static boolean isBoolean(Expr e) {
        return switch (e) {
            case Expr.Binary bin -> switch (bin.op) {
                case EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> true;
                default -> false;
            };
            case Expr.Unary u -> u.op != Expr.UnaryOp.NEGATE;
            case Expr.Parenthesized p -> isBoolean(p.inner);
            default -> false;
        };
    }

    private void ifExpression(Expr.If i) {
        b.beginConditional();
        condition(i.condition);
        block(i.then, null, true);
        if (i.otherwise != null) {
            expr(i.otherwise);
        } else {
            nil();
        }
        b.endConditional();
    }

    /** An {@code if} whose value nobody uses. */
    private void ifStatement(Expr.If i) {
        if (i.otherwise == null) {
            b.beginIfThen();
            condition(i.condition);
            block(i.then, null, false);
            b.endIfThen();
        } else {
            b.beginIfThenElse();
            condition(i.condition);
            block(i.then, null, false);
            discard(i.otherwise);
            b.endIfThenElse();
        }
    }

    private void binary(Expr.BinaryOp op, Runnable left, Runnable right) {
        switch (op) {
            case ADD -> b.beginAdd();
            case SUBTRACT -> b.beginSub();
            case MULTIPLY -> b.beginMul();
            case DIVIDE -> b.beginDiv();
            case REMAINDER -> b.beginMod();
            case EQUAL -> b.beginEqual();
            case NOT_EQUAL -> b.beginNotEqual();
            case LESS -> b.beginLess();
            case LESS_EQUAL -> b.beginLessEqual();
            case GREATER -> b.beginGreater();
            case GREATER_EQUAL -> b.beginGreaterEqual();
        }
        left.run();
        right.run();
        switch (op) {
            case ADD -> b.endAdd();
            case SUBTRACT -> b.endSub();
            case MULTIPLY -> b.endMul();
            case DIVIDE -> b.endDiv();
            case REMAINDER -> b.endMod();
            case EQUAL -> b.endEqual();
            case NOT_EQUAL -> b.endNotEqual();
            case LESS -> b.endLess();
            case LESS_EQUAL -> b.endLessEqual();
            case GREATER -> b.endGreater();
            case GREATER_EQUAL -> b.endGreaterEqual();
        }
    }

    /**
     * {@code while} and {@code loop}: the loop's value (if {@code value}) is nil, or for
     * {@code loop} the value its {@code break} carried. {@code prologue} runs at the start of
     * every iteration.
     */
    private void loop(Expr.Loop loop, Runnable condition, Runnable prologue, boolean value) {
        b.beginBlock();
        BytecodeLocal result = b.createLocal();
        if (value) {
            b.beginStoreLocal(result);
            nil();
            b.endStoreLocal();
        }
        BytecodeLabel breakLabel = b.createLabel();
        b.beginWhile();
        condition.run();
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        loops.put(loop, new LoopLabels(breakLabel, continueLabel, result));
        if (prologue != null) {
            prologue.run();
        }
        if (loop.body.tail == null && loop.body.statements.stream().allMatch(st -> st instanceof Stmt.Empty || st instanceof Stmt.FnDeclaration)) {
            // An empty body is still a step: a statement limit (ResourceLimits) counts statement
            // tags, and without one per iteration `loop {}` ran past any limit. Free unless
            // instrumented, as every tag.
            b.beginSourceSection(loop.body.start, loop.body.length());
            b.beginTag(StatementTag.class);
            b.beginBlock();
            b.endBlock();
            b.endTag(StatementTag.class);
            b.endSourceSection();
        }
        discard(loop.body);
        b.emitLabel(continueLabel);
        b.endBlock();
        b.endWhile();
        b.emitLabel(breakLabel);
        if (value) {
            b.emitLoadLocal(result);
        }
        b.endBlock();
    }

    private void forLoop(Expr.For f, boolean value) {
        b.beginBlock();
        BytecodeLocal iterator = b.createLocal();
        b.beginStoreLocal(iterator);
        b.beginSourceSection(f.iterable.start, f.iterable.length());
        b.beginGetIterator();
        expr(f.iterable);
        b.endGetIterator();
        b.endSourceSection();
        b.endStoreLocal();
        Variable variable = resolution.variable(f);
        if (!variable.needsCell()) {
            // The step stores straight into the variable's local.
            locals.remove(variable);
            BytecodeLocal target = local(variable);
            loop(f, () -> b.emitIterateInto(iterator, target), null, value);
        } else {
            BytecodeLocal next = b.createLocal();
            loop(f, () -> b.emitIterateInto(iterator, next), () -> {
                // A fresh cell per iteration: closures made in the body capture this iteration's.
                locals.remove(variable);
                declare(variable, () -> b.emitLoadLocal(next));
            }, value);
        }
        b.endBlock();
    }

    /** {@code try}: the value of the body, or of the catch block if the body threw. */
    private void tryExpression(Expr.Try t) {
        b.beginBlock();
        BytecodeLocal result = b.createLocal();
        if (t.finallyBody != null) {
            b.beginTryFinally(() -> discard(t.finallyBody));
        }
        if (t.catchBody != null) {
            b.beginTryCatch();
            storeBlock(result, t.body);
            b.beginBlock();
            BytecodeLocal caught = b.createLocal();
            b.beginStoreLocal(caught);
            b.emitLoadException();
            b.endStoreLocal();
            // CaughtValue also lets cancellation pass through the catch.
            Variable v = resolution.variable(t);
            if (v != null) {
                locals.remove(v);
                declare(v, () -> caughtValue(caught));
            } else {
                b.beginDiscard();
                caughtValue(caught);
                b.endDiscard();
            }
            catches.push(caught);
            storeBlock(result, t.catchBody);
            catches.pop();
            b.endBlock();
            b.endTryCatch();
        } else {
            storeBlock(result, t.body);
        }
        if (t.finallyBody != null) {
            b.endTryFinally();
        }
        b.emitLoadLocal(result);
        b.endBlock();
    }

    private void caughtValue(BytecodeLocal caught) {
        b.beginCaughtValue();
        b.emitLoadLocal(caught);
        b.endCaughtValue();
    }

    private void storeBlock(BytecodeLocal local, Expr.Block block) {
        b.beginStoreLocal(local);
        block(block, null, true);
        b.endStoreLocal();
    }

    /** Assignments evaluate to nil, as in Rust; compound ones evaluate their target once. */
    private void assign(Expr.Assign a, boolean value) {
        Expr target = a.target;
        while (target instanceof Expr.Parenthesized p) {
            target = p.inner;
        }
        b.beginBlock();
        switch (target) {
            case Expr.Name n when appendsInPlace(a, resolution.binding(n)) -> appendTo(resolution.binding(n), a);
            case Expr.Name n -> {
                Binding binding = resolution.binding(n);
                store(binding, () -> {
                    if (a.op == null) {
                        expr(a.value);
                    } else {
                        binary(a.op, () -> load(binding), () -> expr(a.value));
                    }
                });
            }
            case Expr.Field f -> {
                BytecodeLocal receiver = temp(f.receiver);
                b.beginWriteField(f.name);
                b.emitLoadLocal(receiver);
                if (a.op == null) {
                    expr(a.value);
                } else {
                    binary(a.op, () -> {
                        b.beginReadField(f.name);
                        b.emitLoadLocal(receiver);
                        b.endReadField();
                    }, () -> expr(a.value));
                }
                b.endWriteField();
            }
            case Expr.Index i -> {
                BytecodeLocal receiver = temp(i.receiver);
                BytecodeLocal index = temp(i.index);
                b.beginWriteIndex();
                b.emitLoadLocal(receiver);
                b.emitLoadLocal(index);
                if (a.op == null) {
                    expr(a.value);
                } else {
                    binary(a.op, () -> {
                        b.beginReadIndex();
                        b.emitLoadLocal(receiver);
                        b.emitLoadLocal(index);
                        b.endReadIndex();
                    }, () -> expr(a.value));
                }
                b.endWriteIndex();
            }
            default -> throw new IllegalStateException("the resolver rejects other assignment targets");
        }
        if (value) {
            nil();
        }
        b.endBlock();
    }

    private BytecodeLocal temp(Expr e) {
        BytecodeLocal local = b.createLocal();
        b.beginStoreLocal(local);
        expr(e);
        b.endStoreLocal();
        return local;
    }
}
