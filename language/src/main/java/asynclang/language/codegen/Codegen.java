package asynclang.language.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeEncodingException;

import asynclang.language.AsyncLangLanguage;
import asynclang.language.ast.FunctionNode;
import asynclang.language.async.AsyncEntryRootNode;
import asynclang.language.async.ImportedModule;
import asynclang.language.bytecode.AlRootNode;
import asynclang.language.bytecode.AlRootNodeGen;
import asynclang.language.errors.CompileException;
import asynclang.language.frontend.CompileError;
import asynclang.language.frontend.ParsedProgram;
import asynclang.language.frontend.SourceUnit;
import asynclang.language.functions.FunctionTemplate;
import asynclang.language.resolver.FunctionScope;

/**
 * Turns a parsed program into bytecode: one root per body (top levels, functions, closures,
 * async blocks) of every file. First every body gets its {@link FunctionTemplate} and every
 * imported file its {@link ImportedModule}; then each body is built by its own
 * {@link BodyCompiler}, which depends only on those, so Truffle can re-run it at any time.
 */
public final class Codegen {

    private final AsyncLangLanguage language;
    private final Tier tier;
    private final Map<FunctionNode, FunctionTemplate> templates = new IdentityHashMap<>();
    private final Map<SourceUnit, ImportedModule> modules = new IdentityHashMap<>();
    private final List<CompiledBody> bodies = new ArrayList<>();

    /** One compiled body: the function it came from and its bytecode root. */
    public record CompiledBody(SourceUnit unit, FunctionNode function, AlRootNode root) {
    }

    /**
     * A compiled program: its top level's template (run as the main task), and the bodies of
     * the main file in source order (for {@code --explain}).
     */
    public record CompiledProgram(FunctionTemplate topLevel, List<CompiledBody> bodies) {
    }

    /** Which bytecode interpreter new code starts on (tests run each golden script on both). */
    public enum Tier {
        DEFAULT, UNCACHED, CACHED;

        public static Tier of(String option) {
            return switch (option) {
                case "uncached" -> UNCACHED;
                case "cached" -> CACHED;
                case "default", "" -> DEFAULT;
                default -> throw new IllegalArgumentException("BytecodeTier must be default, uncached or cached, got " + option);
            };
        }
    }

    private Codegen(AsyncLangLanguage language, Tier tier) {
        this.language = language;
        this.tier = tier;
    }

    public static CompiledProgram compile(AsyncLangLanguage language, ParsedProgram program, Tier tier) {
        Codegen g = new Codegen(language, tier);
        for (SourceUnit unit : program.units()) {
            g.declare(unit);
        }
        for (SourceUnit unit : program.units()) {
            g.build(unit);
        }
        SourceUnit main = program.main();
        List<CompiledBody> mainBodies = new ArrayList<>();
        for (CompiledBody body : g.bodies) {
            if (body.unit() == main) {
                mainBodies.add(body);
            }
        }
        mainBodies.sort(Comparator.comparingInt(body -> body.function().kind == FunctionNode.Kind.TOP_LEVEL ? -1 : body.function().start));
        return new CompiledProgram(g.templates.get(main.program()), mainBodies);
    }

    /** Templates for every body of {@code unit}, and its module if it is one. */
    private void declare(SourceUnit unit) {
        for (FunctionScope scope : unit.resolution().scopes()) {
            FunctionNode fn = scope.function;
            int arity = fn.parameters.size();
            String name = fn.kind == FunctionNode.Kind.TOP_LEVEL ? (unit.isModule() ? unit.name() : "main") : fn.displayName();
            templates.put(fn, new FunctionTemplate(name, templateKind(fn.kind), arity, arity));
        }
        if (unit.isModule()) {
            String moduleName = unit.stdModule() != null ? "std." + unit.stdModule() : unit.name();
            modules.put(unit, new ImportedModule(unit.name(), unit.source().getPath() != null ? unit.source().getPath() : unit.name(), moduleName, templates.get(unit.program())));
        }
    }

    private void build(SourceUnit unit) {
        for (FunctionScope scope : unit.resolution().scopes()) {
            FunctionNode fn = scope.function;
            BodyCompiler compiler = new BodyCompiler(unit, fn, templates, modules, language.library().globals());
            AlRootNode root;
            try {
                root = AlRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, compiler).getNode(0);
            } catch (BytecodeEncodingException e) {
                // Past the bytecode format's limits (about 32,000 values pending at once, as in a
                // chain of tens of thousands of `else if`s): a compile error at the function.
                int at = fn.kind == FunctionNode.Kind.TOP_LEVEL ? fn.start : fn.nameStart >= 0 ? fn.nameStart : fn.start;
                throw new CompileException(List.of(new CompileError(unit.source(), "too large to compile: " + describe(fn) + " exceeds the bytecode limits; split it into smaller functions", at, 1)), false);
            }
            root.setName(fn.displayName());
            if (fn.kind.isAsync()) {
                root.markAsyncBody();
            }
            FunctionTemplate template = templates.get(fn);
            switch (tier) {
                case UNCACHED -> root.getBytecodeNode().setUncachedThreshold(Integer.MIN_VALUE);
                case CACHED -> root.getBytecodeNode().setUncachedThreshold(0);
                case DEFAULT -> {
                    if (template.kind.isAsync()) {
                        // Bytecode DSL 25.0.1: a body that moves from the uncached to the cached
                        // interpreter inside a resumed continuation sets up its locals from the wrong
                        // frame, and its compiled resumes then deoptimize again and again (see
                        // docs/design.md). Async bodies start cached; the rest start uncached.
                        root.getBytecodeNode().setUncachedThreshold(0);
                    }
                }
            }
            RootCallTarget body = root.getCallTarget();
            template.body = body;
            if (template.kind.isAsync()) {
                AsyncEntryRootNode entry = new AsyncEntryRootNode(language, template);
                template.callTarget = entry.getCallTarget();
                template.javaBody = entry;
                template.driver = language.newCoroutineDriver(template.name);
            } else {
                template.callTarget = body;
            }
            bodies.add(new CompiledBody(unit, fn, root));

        }
    }

    private static String describe(FunctionNode fn) {
        return fn.kind == FunctionNode.Kind.TOP_LEVEL ? "the top level of this file" : "`" + fn.displayName() + "`";
    }

    /** The top level runs as the body of a task, so it is async. */
    private static FunctionTemplate.Kind templateKind(FunctionNode.Kind kind) {
        return switch (kind) {
            case FUNCTION -> FunctionTemplate.Kind.FUNCTION;
            case TOP_LEVEL, ASYNC_FUNCTION -> FunctionTemplate.Kind.ASYNC_FUNCTION;
            case CLOSURE -> FunctionTemplate.Kind.CLOSURE;
            case ASYNC_CLOSURE -> FunctionTemplate.Kind.ASYNC_CLOSURE;
            case ASYNC_BLOCK -> FunctionTemplate.Kind.ASYNC_BLOCK;
        };
    }
}
