package asynclang.language.resolver;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import asynclang.language.ast.FunctionNode;

/** One binding: a {@code let}, parameter, {@code fn}, loop variable, catch variable or import. */
public final class Variable {

    public enum Kind {
        LET, PARAMETER, FUNCTION, LOOP, CATCH, IMPORT
    }

    public final String name;
    public final Kind kind;
    public final FunctionNode owner;
    public final int declarationStart;
    /** Whether a nested function uses it; captured variables live in a Cell. */
    public boolean captured;

    /** The frame slot the code generator gave it (holding the value, or its Cell). */
    public BytecodeLocal local;

    public Variable(String name, Kind kind, FunctionNode owner, int declarationStart) {
        this.name = name;
        this.kind = kind;
        this.owner = owner;
        this.declarationStart = declarationStart;
    }

    @Override
    public String toString() {
        return name + "@" + declarationStart;
    }
}
