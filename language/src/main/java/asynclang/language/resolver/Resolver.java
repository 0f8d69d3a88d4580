package asynclang.language.resolver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Stmt;
import asynclang.language.parser.SourceParser.Problem;

/**
 * Binds every name to its declaration before anything runs, and finds the errors that need
 * no execution: undefined names, {@code .await} outside async code, {@code break} outside a
 * loop, chained comparisons, bad assignment targets.
 * <p>
 * Scoping is Rust's: a {@code let} is visible from the next statement to the end of its block
 * and may shadow; {@code fn} declarations are visible in their whole block, so functions can
 * call each other in any order. A nested function may also name a {@code let} that its
 * enclosing block declares further down (the program's {@code main} reading a top-level
 * constant defined after it, say); calling it before that declaration has run is a run-time
 * error. Variables that nested functions use are marked captured: they live in cells, so
 * closures capture by reference.
 */
public final class Resolver {

    static final String AWAIT_OUTSIDE_ASYNC = "`await` is only allowed inside `async` functions and blocks";

    private final Set<String> globals;
    private final Set<String> earlier;
    private final List<Problem> problems;
    private final Resolution resolution = new Resolution();

    private FunctionScope function;
    private Scope scope;
    private Deque<Expr.Loop> loops = new ArrayDeque<>();

    /** A block (or a function's parameter list, a loop variable, a catch variable). */
    private static final class Scope {
        final Scope parent;
        final FunctionScope function;
        final Map<String, Variable> visible = new HashMap<>();
        /** {@code let}s of this block not reached yet, per name, in order. */
        final Map<String, ArrayDeque<Variable>> upcoming = new HashMap<>();

        Scope(Scope parent, FunctionScope function) {
            this.parent = parent;
            this.function = function;
        }
    }

    private Resolver(Set<String> globals, Set<String> earlier, List<Problem> problems) {
        this.globals = globals;
        this.earlier = earlier;
        this.problems = problems;
    }

    /** Resolves a whole file; problems are appended to {@code problems}. */
    public static Resolution resolve(FunctionNode program, Set<String> globals, List<Problem> problems) {
        return resolve(program, globals, Set.of(), problems);
    }

    /**
     * Resolves a file evaluated after others in the same context: names they left at top level
     * ({@code earlier}) are visible where no declaration of this file is, ahead of the built-ins.
     */
    public static Resolution resolve(FunctionNode program, Set<String> globals, Set<String> earlier, List<Problem> problems) {
        Resolver r = new Resolver(globals, earlier, problems);
        r.function(program);
        for (Variable v : r.resolution.blockVariables((Expr.Block) program.body)) {
            if (v.name.equals("main") && v.kind == Variable.Kind.FUNCTION) {
                r.resolution.mainFunction(v);
            }
        }
        return r.resolution;
    }

    // ---------------------------------------------------------------- functions and blocks

    private void function(FunctionNode fn) {
        FunctionScope savedFunction = function;
        Deque<Expr.Loop> savedLoops = loops;
        FunctionScope fs = new FunctionScope(fn, function);
        resolution.scope(fn, fs);
        function = fs;
        loops = new ArrayDeque<>();
        scope = new Scope(scope, fs);
        Set<String> seen = new HashSet<>();
        for (FunctionNode.Parameter p : fn.parameters) {
            if (!seen.add(p.name())) {
                problem(p.start(), p.end() - p.start(), "duplicate parameter `" + p.name() + "`");
            }
            Variable v = new Variable(p.name(), Variable.Kind.PARAMETER, fs, p.start());
            fs.parameters.add(v);
            scope.visible.put(p.name(), v);
        }
        expression(fn.body);
        scope = scope.parent;
        loops = savedLoops;
        function = savedFunction;
    }

    private void block(Expr.Block block) {
        Scope s = new Scope(scope, function);
        scope = s;
        List<Variable> declared = new ArrayList<>();
        resolution.blockVariables(block, declared);
        Set<String> functionNames = new HashSet<>();
        // A program's top-level names are seen (and assigned) by later evaluations: always cells.
        boolean topLevel = function.function.kind == FunctionNode.Kind.TOP_LEVEL && function.function.body == block;
        for (Stmt statement : block.statements) {
            switch (statement) {
                case Stmt.Let let -> {
                    Variable v = new Variable(let.name, Variable.Kind.LET, function, let.nameStart);
                    v.pinned = topLevel;
                    resolution.declare(let, v);
                    s.upcoming.computeIfAbsent(let.name, k -> new ArrayDeque<>()).add(v);
                    declared.add(v);
                }
                case Stmt.Import imp -> {
                    Variable v = new Variable(imp.alias, Variable.Kind.IMPORT, function, imp.aliasStart);
                    v.pinned = topLevel;
                    resolution.declare(imp, v);
                    s.upcoming.computeIfAbsent(imp.alias, k -> new ArrayDeque<>()).add(v);
                    declared.add(v);
                }
                case Stmt.FnDeclaration fn -> {
                    if (!functionNames.add(fn.function.name)) {
                        problem(fn.function.nameStart, fn.function.name.length(), "the function `" + fn.function.name + "` is defined more than once in this block");
                    }
                    Variable v = new Variable(fn.function.name, Variable.Kind.FUNCTION, function, fn.function.nameStart);
                    v.pinned = true;
                    resolution.declare(fn, v);
                    s.visible.put(fn.function.name, v);
                    declared.add(v);
                }
                default -> {
                }
            }
        }
        for (Stmt statement : block.statements) {
            statement(statement);
        }
        if (block.tail != null) {
            expression(block.tail);
        }
        scope = s.parent;
    }

    /** Makes a pre-declared {@code let} or import visible from here on. */
    private void declare(Variable v) {
        scope.upcoming.get(v.name).poll();
        scope.visible.put(v.name, v);
    }

    // ---------------------------------------------------------------- statements

    private void statement(Stmt statement) {
        switch (statement) {
            case Stmt.Let let -> {
                if (let.initializer != null) {
                    expression(let.initializer);
                }
                declare(resolution.variable(let));
                if (isString(let.initializer)) {
                    resolution.stringInitialized(resolution.variable(let));
                }
            }
            case Stmt.Import imp -> {
                if (function.function.kind != FunctionNode.Kind.TOP_LEVEL || scope.parent == null || scope.parent.parent != null) {
                    problem(imp.start, imp.length(), "`import` is only allowed at the top level of a file");
                }
                declare(resolution.variable(imp));
            }
            case Stmt.FnDeclaration fn -> function(fn.function);
            case Stmt.Expression e -> expression(e.expression);
            case Stmt.Return r -> {
                if (function.function.kind == FunctionNode.Kind.TOP_LEVEL) {
                    problem(r.start, 6, "`return` outside of a function");
                }
                if (r.value != null) {
                    expression(r.value);
                }
            }
            case Stmt.Break b -> {
                Expr.Loop target = loops.peek();
                resolution.jump(b, target);
                if (target == null) {
                    problem(b.start, 5, "`break` outside of a loop");
                } else if (b.value != null && !(target instanceof Expr.LoopForever)) {
                    problem(b.start, b.length(), "`break` with a value is only allowed in `loop`");
                }
                if (b.value != null) {
                    expression(b.value);
                }
            }
            case Stmt.Continue c -> {
                resolution.jump(c, loops.peek());
                if (loops.peek() == null) {
                    problem(c.start, 8, "`continue` outside of a loop");
                }
            }
            case Stmt.Throw t -> expression(t.value);
            case Stmt.Empty e -> {
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    private void expression(Expr expr) {
        switch (expr) {
            case Expr.Literal l -> {
            }
            case Expr.Interpolation i -> i.parts.forEach(this::expression);
            case Expr.Name n -> {
                Binding binding = lookup(n);
                resolution.bind(n, binding);
                if (Binding.variableOf(binding) instanceof Variable v) {
                    v.lastReadAt = n.start;
                }
            }
            case Expr.ListLiteral l -> l.elements.forEach(this::expression);
            case Expr.MapLiteral m -> {
                for (int i = 0; i < m.keys.size(); i++) {
                    expression(m.keys.get(i));
                    expression(m.values.get(i));
                }
            }
            case Expr.Block b -> block(b);
            case Expr.If i -> {
                expression(i.condition);
                block(i.then);
                if (i.otherwise != null) {
                    expression(i.otherwise);
                }
            }
            case Expr.While w -> {
                expression(w.condition);
                loopBody(w, w.body);
            }
            case Expr.LoopForever l -> loopBody(l, l.body);
            case Expr.For f -> {
                expression(f.iterable);
                scope = new Scope(scope, function);
                Variable v = new Variable(f.variableName, Variable.Kind.LOOP, function, f.variableStart);
                resolution.declare(f, v);
                scope.visible.put(f.variableName, v);
                loopBody(f, f.body);
                scope = scope.parent;
            }
            case Expr.Try t -> {
                block(t.body);
                if (t.catchBody != null) {
                    scope = new Scope(scope, function);
                    if (t.catchName != null) {
                        Variable v = new Variable(t.catchName, Variable.Kind.CATCH, function, t.catchBody.start);
                        resolution.declare(t, v);
                        scope.visible.put(t.catchName, v);
                    }
                    block(t.catchBody);
                    scope = scope.parent;
                }
                if (t.finallyBody != null) {
                    block(t.finallyBody);
                }
            }
            case Expr.Unary u -> expression(u.operand);
            case Expr.Binary b -> {
                if (b.op.isComparison() && (isComparison(b.left) || isComparison(b.right))) {
                    problem(b.start, b.length(), "comparison operators cannot be chained; use `&&` between two comparisons");
                }
                expression(b.left);
                expression(b.right);
            }
            case Expr.Logical l -> {
                expression(l.left);
                expression(l.right);
            }
            case Expr.Range r -> {
                expression(r.from);
                expression(r.to);
            }
            case Expr.Assign a -> assignment(a);
            case Expr.Call c -> {
                expression(c.callee);
                c.arguments.forEach(this::expression);
            }
            case Expr.MethodCall m -> {
                expression(m.receiver);
                m.arguments.forEach(this::expression);
            }
            case Expr.Field f -> expression(f.receiver);
            case Expr.Index i -> {
                expression(i.receiver);
                expression(i.index);
            }
            case Expr.Await a -> {
                expression(a.operand);
                if (!function.function.kind.isAsync()) {
                    problem(a.start, a.length(), AWAIT_OUTSIDE_ASYNC);
                }
            }
            case Expr.Function f -> function(f.function);
            case Expr.Parenthesized p -> expression(p.inner);
        }
    }

    private static boolean isComparison(Expr e) {
        return e instanceof Expr.Binary b && b.op.isComparison();
    }

    private void loopBody(Expr.Loop loop, Expr.Block body) {
        loops.push(loop);
        block(body);
        loops.pop();
    }

    /**
     * {@code s += e}, {@code s = s + e1 + e2 ...} or {@code s = "{s}..."}, on a local that holds
     * a string: see {@link Resolution#appended}. For the interpolation, the part appended is the
     * rest of it. Called once the value is resolved: in a sum, the parts after the first are
     * evaluated after it has been appended in place, so none of them may read {@code s}.
     */
    private void noteAppend(Expr.Assign a, Expr.Name target, Variable v) {
        List<Expr> parts = null;
        if (a.op == Expr.BinaryOp.ADD) {
            parts = List.of(a.value);
        } else if (a.op == null && a.value instanceof Expr.Binary) {
            parts = partsAddedTo(target.name, a.value);
            if (parts != null && parts.size() > 1 && v.lastReadAt >= parts.get(1).start) {
                parts = null;
            }
        } else if (a.op == null && a.value instanceof Expr.Interpolation in && in.parts.size() > 1
                        && in.parts.getFirst() instanceof Expr.Name first && first.name.equals(target.name)) {
            List<Expr> rest = in.parts.subList(1, in.parts.size());
            parts = List.of(new Expr.Interpolation(rest.getFirst().start, in.end, rest));
        }
        if (parts != null && (parts.stream().anyMatch(Resolver::isString) || resolution.isStringInitialized(v))) {
            resolution.append(a, v, parts, parts.stream().allMatch(this::runsNoCode));
        }
    }

    /** Built-ins that run no script code whatever their arguments (see {@link #runsNoCode}). */
    private static final Set<String> PURE_GLOBALS = Set.of("str", "len", "int", "float", "typeof");

    /**
     * Whether evaluating {@code e} cannot run script code: no call but of a built-in in
     * {@link #PURE_GLOBALS}, no method call, await or function. A variable in a cell may be
     * read and assigned by any code that runs; an append in place to one is safe only while
     * nothing else can see or change it between its read and its write.
     */
    private boolean runsNoCode(Expr e) {
        return switch (e) {
            case Expr.Literal l -> true;
            case Expr.Name n -> true;
            case Expr.Interpolation i -> i.parts.stream().allMatch(this::runsNoCode);
            case Expr.Parenthesized p -> runsNoCode(p.inner);
            case Expr.Unary u -> runsNoCode(u.operand);
            case Expr.Binary b -> runsNoCode(b.left) && runsNoCode(b.right);
            case Expr.Field f -> runsNoCode(f.receiver);
            case Expr.Index i -> runsNoCode(i.receiver) && runsNoCode(i.index);
            case Expr.Call c -> c.callee instanceof Expr.Name callee && PURE_GLOBALS.contains(callee.name)
                            && resolution.binding(callee) instanceof Binding.Global && c.arguments.stream().allMatch(this::runsNoCode);
            default -> false;
        };
    }

    /** The parts of {@code e} = {@code name + e1 + e2 ...} (a sum nested to the left), in order; else null. */
    private static List<Expr> partsAddedTo(String name, Expr e) {
        ArrayDeque<Expr> parts = new ArrayDeque<>();
        Expr left = e;
        while (left instanceof Expr.Binary b && b.op == Expr.BinaryOp.ADD) {
            parts.addFirst(b.right);
            left = b.left;
        }
        return left instanceof Expr.Name n && n.name.equals(name) && !parts.isEmpty() ? List.copyOf(parts) : null;
    }

    private static boolean isString(Expr e) {
        return e instanceof Expr.Interpolation || e instanceof Expr.Literal l && l.value instanceof String;
    }

    private void assignment(Expr.Assign a) {
        switch (a.target) {
            case Expr.Name n -> {
                Binding binding = lookup(n);
                resolution.bind(n, binding);
                Variable v = Binding.variableOf(binding);
                if (v != null) {
                    v.assigned = true;
                }
                if (binding instanceof Binding.Global) {
                    problem(n.start, n.length(), "cannot assign to the built-in `" + n.name + "`");
                } else if (v != null && v.kind == Variable.Kind.FUNCTION) {
                    problem(n.start, n.length(), "cannot assign to the function `" + n.name + "`");
                } else if (v != null && v.kind == Variable.Kind.IMPORT) {
                    problem(n.start, n.length(), "cannot assign to the import `" + n.name + "`");
                }
            }
            case Expr.Index i -> {
                expression(i.receiver);
                expression(i.index);
            }
            case Expr.Field f -> expression(f.receiver);
            default -> {
                problem(a.target.start, a.target.length(), "invalid assignment target");
                expression(a.target);
            }
        }
        expression(a.value);
        if (a.target instanceof Expr.Name n && Binding.variableOf(resolution.binding(n)) instanceof Variable v) {
            noteAppend(a, n, v);
        }
    }

    // ---------------------------------------------------------------- names

    private Binding lookup(Expr.Name name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Variable v = s.visible.get(name.name);
            if (v == null && s.function != function) {
                ArrayDeque<Variable> later = s.upcoming.get(name.name);
                v = later == null ? null : later.peek();
                if (v != null) {
                    // Seen by a function made before its let has run.
                    v.pinned = true;
                }
            }
            if (v != null) {
                return bindingFor(v);
            }
        }
        if (earlier.contains(name.name)) {
            return new Binding.TopLevel(name.name);
        }
        if (globals.contains(name.name)) {
            return new Binding.Global(name.name);
        }
        problem(name.start, name.length(), "undefined variable `" + name.name + "`");
        return null;
    }

    private Binding bindingFor(Variable v) {
        if (v.owner == function) {
            return new Binding.Local(v);
        }
        v.captured = true;
        return new Binding.Captured(captureIndex(function, v), v);
    }

    /** The capture slot of {@code v} in {@code fn}, adding it (and to every function between) if new. */
    private static int captureIndex(FunctionScope fn, Variable v) {
        for (int i = 0; i < fn.captures.size(); i++) {
            if (fn.captures.get(i).variable() == v) {
                return i;
            }
        }
        if (fn.function.kind == FunctionNode.Kind.FUNCTION || fn.function.kind == FunctionNode.Kind.ASYNC_FUNCTION) {
            // A fn declaration is made at its block's entry, perhaps before v has its value.
            v.pinned = true;
        }
        Binding outer = fn.enclosing == v.owner ? new Binding.Local(v) : new Binding.Captured(captureIndex(fn.enclosing, v), v);
        fn.captures.add(new Capture(v, outer));
        return fn.captures.size() - 1;
    }

    private void problem(int start, int length, String message) {
        problems.add(new Problem(start, Math.max(1, length), message));
    }
}
