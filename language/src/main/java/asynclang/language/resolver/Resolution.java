package asynclang.language.resolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Node;
import asynclang.language.ast.Stmt;

/**
 * The resolver's answers about one file, kept beside the AST rather than written into it (as
 * jlox's resolver keeps its side table): what each name refers to, what each declaration and
 * block declares, where each {@code break} goes, and what each body captures.
 */
public final class Resolution {

    private final Map<Expr.Name, Binding> bindings = new IdentityHashMap<>();
    private final Map<Node, Variable> declarations = new IdentityHashMap<>();
    private final Map<Expr.Block, List<Variable>> blockVariables = new IdentityHashMap<>();
    private final Map<Stmt, Expr.Loop> jumpTargets = new IdentityHashMap<>();
    private final Map<FunctionNode, FunctionScope> functions = new LinkedHashMap<>();
    private final Map<Expr.Assign, List<Expr>> appends = new IdentityHashMap<>();
    private final java.util.Set<Expr.Assign> appendsRunningNoCode = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final java.util.Set<Variable> appendedTo = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final java.util.Set<Variable> stringInitialized = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private Variable mainFunction;

    /** What a name refers to. */
    public Binding binding(Expr.Name name) {
        return bindings.get(name);
    }

    /**
     * The variable a declaration introduces: a {@code let}, {@code fn} or import statement, a
     * {@code for} loop's variable, or a {@code try}'s catch variable (null if it binds none).
     */
    public Variable variable(Node declaration) {
        return declarations.get(declaration);
    }

    /** The variables declared directly in a block, in order. */
    public List<Variable> blockVariables(Expr.Block block) {
        return blockVariables.getOrDefault(block, List.of());
    }

    /** The loop a {@code break} or {@code continue} leaves or continues. */
    public Expr.Loop target(Stmt jump) {
        return jumpTargets.get(jump);
    }

    public FunctionScope scope(FunctionNode function) {
        return functions.get(function);
    }

    /** Every body of the file, the top level first, then in the order the resolver met them. */
    public List<FunctionScope> scopes() {
        return Collections.unmodifiableList(new ArrayList<>(functions.values()));
    }

    /**
     * For {@code s = s + e}, {@code s = s + e1 + e2 ...} or {@code s += e} where {@code s} is a
     * local that holds strings (it was declared with a string, or a part is one): the parts
     * appended, in order. Codegen builds such strings in place instead of copying them at
     * every step.
     */
    public List<Expr> appended(Expr.Assign assignment) {
        return appends.get(assignment);
    }

    /** Whether some assignment appends to {@code v} (see {@link #appended}). */
    public boolean isAppendedTo(Variable v) {
        return appendedTo.contains(v);
    }

    void stringInitialized(Variable v) {
        stringInitialized.add(v);
    }

    boolean isStringInitialized(Variable v) {
        return stringInitialized.contains(v);
    }

    void append(Expr.Assign assignment, Variable v, List<Expr> parts, boolean runsNoCode) {
        appends.put(assignment, parts);
        appendedTo.add(v);
        if (runsNoCode) {
            appendsRunningNoCode.add(assignment);
        }
    }

    /**
     * Whether the parts {@code assignment} appends run no script code (see {@link #appended}):
     * then it may append in place to a variable in a cell too, which other code can reach.
     */
    public boolean appendRunsNoCode(Expr.Assign assignment) {
        return appendsRunningNoCode.contains(assignment);
    }

    /** The top level's {@code fn main} / {@code async fn main}, or null. */
    public Variable mainFunction() {
        return mainFunction;
    }

    void bind(Expr.Name name, Binding binding) {
        bindings.put(name, binding);
    }

    void declare(Node declaration, Variable v) {
        declarations.put(declaration, v);
    }

    void blockVariables(Expr.Block block, List<Variable> variables) {
        blockVariables.put(block, variables);
    }

    void jump(Stmt jump, Expr.Loop target) {
        jumpTargets.put(jump, target);
    }

    void scope(FunctionNode function, FunctionScope scope) {
        functions.put(function, scope);
    }

    void mainFunction(Variable main) {
        mainFunction = main;
    }
}
