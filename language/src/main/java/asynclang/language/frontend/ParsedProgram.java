package asynclang.language.frontend;

import java.util.List;

/**
 * What the front end made of a program: every file it consists of, each parsed and resolved,
 * in dependency order (a module before the files that import it; the program last), or the
 * compile errors that stop it from running.
 */
public record ParsedProgram(List<SourceUnit> units, List<CompileError> errors, boolean moreErrors) {

    public SourceUnit main() {
        return units.get(units.size() - 1);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
