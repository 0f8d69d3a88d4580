package asynclang.language;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

import asynclang.language.builtins.Builtins;
import asynclang.language.codegen.BytecodeGenerator;
import asynclang.language.errors.CompileError;
import asynclang.language.errors.CompileException;
import asynclang.language.async.StateMachines;
import asynclang.language.modules.ModuleLoader;
import asynclang.language.nodes.ExplainRootNode;
import asynclang.language.nodes.ProgramRootNode;
import asynclang.language.parser.SourceParser;
import asynclang.language.resolver.Resolver;

/**
 * The asynclang language: a source goes through the parser and the resolver (every compile
 * error is found before anything runs) and is compiled into Bytecode DSL roots.
 */
@TruffleLanguage.Registration(id = AsyncLangLanguage.ID, name = "asynclang", version = AsyncLangLanguage.VERSION,
                defaultMimeType = AsyncLangLanguage.MIME_TYPE, characterMimeTypes = AsyncLangLanguage.MIME_TYPE,
                website = "https://github.com/asynclang", fileTypeDetectors = AsyncLangFileDetector.class)
public final class AsyncLangLanguage extends TruffleLanguage<AsyncLangContext> {

    public static final String ID = "asynclang";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "application/x-asynclang";

    @Option(help = "Print uncaught errors as reports (message, source line, caret, trace) and exit with status 1, as the asynclang command does.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> ReportErrors = new OptionKey<>(false);

    @Option(help = "Run timers on a virtual clock that jumps to the next timer whenever every task is idle.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> VirtualTime = new OptionKey<>(false);

    @Option(help = "Print the state machine of every async fn and async block instead of running the program.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Explain = new OptionKey<>(false);

    @Option(help = "Print executor events to stderr: all of them, or those FILTER selects (event kinds and task ids, comma-separated).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> Trace = new OptionKey<>("");

    @Option(help = "Warn when one poll of a task runs longer than this duration (e.g. 100ms).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> WarnBlocking = new OptionKey<>("");

    /** Created on first use: root nodes cannot be made while the language is being constructed. */
    private Builtins builtins;

    @Override
    protected AsyncLangContext createContext(Env env) {
        return new AsyncLangContext(this, env);
    }

    @Override
    protected void finalizeContext(AsyncLangContext context) {
        context.flush();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new AsyncLangLanguageOptionDescriptors();
    }

    @Override
    protected boolean patchContext(AsyncLangContext context, Env newEnv) {
        return false;
    }

    public synchronized Builtins builtins() {
        if (builtins == null) {
            builtins = new Builtins(this);
        }
        return builtins;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        BytecodeGenerator.Program program = compile(source);
        if (AsyncLangContext.get(null).explain()) {
            return new ExplainRootNode(this, StateMachines.explain(source, program)).getCallTarget();
        }
        return new ProgramRootNode(this, program.topLevel()).getCallTarget();
    }

    /** Parses, checks and compiles a whole file and what it imports, or throws every compile error at once. */
    public BytecodeGenerator.Program compile(Source source) {
        return compile(source, new ModuleLoader(this, AsyncLangContext.get(null).env()), false);
    }

    public BytecodeGenerator.Program compile(Source source, ModuleLoader loader, boolean isModule) {
        SourceParser.Result parsed = SourceParser.parse(source.getCharacters().toString());
        List<SourceParser.Problem> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            Resolver.resolve(parsed.program(), builtins().globals().keySet(), problems);
        }
        List<CompileError> errors = new ArrayList<>();
        for (SourceParser.Problem p : problems) {
            errors.add(new CompileError(source, p.message(), p.start(), p.length()));
        }
        if (problems.isEmpty()) {
            loader.loadImports(source, parsed.program(), errors);
        }
        if (!errors.isEmpty()) {
            throw new CompileException(errors);
        }
        return BytecodeGenerator.generate(this, source, parsed.program(), isModule);
    }

    private static final LanguageReference<AsyncLangLanguage> REFERENCE = LanguageReference.create(AsyncLangLanguage.class);

    public static AsyncLangLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }
}
