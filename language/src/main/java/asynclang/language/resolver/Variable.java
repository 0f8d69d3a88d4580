package asynclang.language.resolver;

/** One binding: a {@code let}, parameter, {@code fn}, loop variable, catch variable or import. */
public final class Variable {

    public enum Kind {
        LET, PARAMETER, FUNCTION, LOOP, CATCH, IMPORT
    }

    public final String name;
    public final Kind kind;
    public final FunctionScope owner;
    public final int declarationStart;
    /** Whether a nested function uses it; captured variables live in a cell. */
    boolean captured;

    Variable(String name, Kind kind, FunctionScope owner, int declarationStart) {
        this.name = name;
        this.kind = kind;
        this.owner = owner;
        this.declarationStart = declarationStart;
    }

    public boolean isCaptured() {
        return captured;
    }

    @Override
    public String toString() {
        return name + "@" + declarationStart;
    }
}
