package asynclang.language.resolver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import asynclang.language.ast.FunctionNode;

/** What the resolver found out about one body: its parameters and the outer variables it uses. */
public final class FunctionScope {

    public final FunctionNode function;
    public final FunctionScope enclosing;
    final List<Variable> parameters = new ArrayList<>();
    /** Outer variables this body uses, in capture-index order. */
    final List<Capture> captures = new ArrayList<>();

    FunctionScope(FunctionNode function, FunctionScope enclosing) {
        this.function = function;
        this.enclosing = enclosing;
    }

    public List<Variable> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    public List<Capture> captures() {
        return Collections.unmodifiableList(captures);
    }
}
