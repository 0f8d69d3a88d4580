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
    /** Whether a nested function uses it. */
    boolean captured;
    /** Whether it is assigned after it is declared (a let's or parameter's initial value is not). */
    boolean assigned;
    /**
     * Whether a function may take it before it has its value: a fn declaration (made at block
     * entry) captures it, a closure above its {@code let} does, it is a fn's own name, or it is
     * a top-level name that later evaluations can see and assign.
     */
    boolean pinned;
    /** Where the latest read of it the resolver has met starts (-1: none yet). */
    int lastReadAt = -1;

    Variable(String name, Kind kind, FunctionScope owner, int declarationStart) {
        this.name = name;
        this.kind = kind;
        this.owner = owner;
        this.declarationStart = declarationStart;
    }

    public boolean isCaptured() {
        return captured;
    }

    /**
     * Whether it lives in a cell that the functions capturing it share. A captured variable
     * that never changes after it has its value is captured by value instead: a closure made
     * in a loop (a spawned task, usually) then costs no cell per variable.
     */
    public boolean needsCell() {
        return captured && (assigned || pinned);
    }

    @Override
    public String toString() {
        return name + "@" + declarationStart;
    }
}
