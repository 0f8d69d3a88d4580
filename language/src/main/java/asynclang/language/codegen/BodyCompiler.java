package asynclang.language.codegen;

import java.util.Map;

import com.oracle.truffle.api.bytecode.BytecodeParser;

import asynclang.language.ast.FunctionNode;
import asynclang.language.async.ImportedModule;
import asynclang.language.bytecode.AlRootNodeGen;
import asynclang.language.frontend.SourceUnit;
import asynclang.language.functions.FunctionTemplate;

/**
 * Compiles one body. It holds only what does not change (the body's AST and resolution, the
 * templates of the functions it creates, the modules it imports, the globals), so it can be run
 * again to rebuild the same bytecode, which the Bytecode DSL does when an instrument (a
 * debugger, a profiler) needs tags or sources: each run gets a fresh {@link BodyEmitter} with
 * its own locals and labels.
 */
final class BodyCompiler implements BytecodeParser<AlRootNodeGen.Builder> {

    final SourceUnit unit;
    final FunctionNode function;
    final Map<FunctionNode, FunctionTemplate> templates;
    final Map<SourceUnit, ImportedModule> modules;
    final Map<String, Object> globals;

    BodyCompiler(SourceUnit unit, FunctionNode function, Map<FunctionNode, FunctionTemplate> templates, Map<SourceUnit, ImportedModule> modules, Map<String, Object> globals) {
        this.unit = unit;
        this.function = function;
        this.templates = templates;
        this.modules = modules;
        this.globals = globals;
    }

    @Override
    public void parse(AlRootNodeGen.Builder builder) {
        new BodyEmitter(this, builder).root();
    }
}
