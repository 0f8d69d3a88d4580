package asynclang.language.resolver;

/** What a name refers to, from the point of view of the function that uses it. */
public sealed interface Binding {

    /** A variable of the function itself: a frame slot (holding a Cell if captured). */
    record Local(Variable variable) implements Binding {
    }

    /** A variable of an enclosing function, reached through capture slot {@code index}. */
    record Captured(int index, Variable variable) implements Binding {
    }

    /** A top-level name an earlier evaluation in the same context defined (see the context's top scope). */
    record TopLevel(String name) implements Binding {
    }

    /** A built-in global such as {@code println} or {@code sleep}. */
    record Global(String name) implements Binding {
    }

    /** The variable a local or captured binding names; null for a top-level name, a global or no binding. */
    static Variable variableOf(Binding binding) {
        return switch (binding) {
            case Local l -> l.variable();
            case Captured c -> c.variable();
            case null, default -> null;
        };
    }
}
