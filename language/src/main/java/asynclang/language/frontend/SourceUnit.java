package asynclang.language.frontend;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.source.Source;

import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Stmt;
import asynclang.language.resolver.Resolution;

/**
 * One parsed and resolved file: the program itself, or a module it imports. A module's top
 * level evaluates to the map of its top-level names.
 */
public final class SourceUnit {

    private final Source source;
    private final FunctionNode program;
    private final Resolution resolution;
    private final boolean isModule;
    /** For the asynclang part of a standard module: the module's name; else null. */
    private String stdModule;
    private final Map<Stmt.Import, ImportTarget> imports = new IdentityHashMap<>();

    SourceUnit(Source source, FunctionNode program, Resolution resolution, boolean isModule) {
        this.source = source;
        this.program = program;
        this.resolution = resolution;
        this.isModule = isModule;
    }

    public Source source() {
        return source;
    }

    public String name() {
        return source.getName();
    }

    public FunctionNode program() {
        return program;
    }

    public Resolution resolution() {
        return resolution;
    }

    public boolean isModule() {
        return isModule;
    }

    /** The standard module this file is the asynclang part of, or null. */
    public String stdModule() {
        return stdModule;
    }

    void stdModule(String name) {
        stdModule = name;
    }

    /** What each of this file's import statements binds. */
    public Map<Stmt.Import, ImportTarget> imports() {
        return Collections.unmodifiableMap(imports);
    }

    void addImport(Stmt.Import statement, ImportTarget target) {
        imports.put(statement, target);
    }
}
