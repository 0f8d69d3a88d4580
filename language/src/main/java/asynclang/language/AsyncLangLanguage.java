package asynclang.language;

import java.util.ServiceLoader;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.debug.DebuggerTags;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;

import com.oracle.truffle.api.RootCallTarget;

import asynclang.language.errors.AlException;
import asynclang.language.values.LanguageObject;
import asynclang.language.async.CoroutineDriver;
import asynclang.language.functions.HostEntry;
import asynclang.language.library.LibraryRegistry;

/**
 * The asynclang language as Truffle sees it: its options, one {@link AsyncLangContext} per
 * polyglot context, and {@link #parse}, which hands a source to the {@link SourceCompiler}.
 * The library (built-in functions, methods, std modules) is loaded once per language instance
 * from every {@link asynclang.language.library.Library} on the class path.
 */
@TruffleLanguage.Registration(id = AsyncLangLanguage.ID, name = "asynclang", version = AsyncLangLanguage.VERSION,
                defaultMimeType = AsyncLangLanguage.MIME_TYPE, characterMimeTypes = {AsyncLangLanguage.MIME_TYPE, AsyncLangLanguage.COMMAND_MIME_TYPE},
                website = "https://github.com/asynclang", fileTypeDetectors = AsyncLangFileDetector.class)
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class,
                StandardTags.CallTag.class, StandardTags.ExpressionTag.class, DebuggerTags.AlwaysHalt.class})
public final class AsyncLangLanguage extends TruffleLanguage<AsyncLangContext> {

    public static final String ID = "asynclang";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "application/x-asynclang";

    static {
        LanguageObject.belongTo(AsyncLangLanguage.class);
        AlException.findHostOriginal(t -> {
            Env env = AsyncLangContext.get(null).env();
            return env.isHostException(t) ? env.asHostException(t) : null;
        });
    }
    /** A REPL's {@code :} commands ({@code trace on}, {@code explain f}): see {@link asynclang.language.engine.CommandRootNode}. */
    public static final String COMMAND_MIME_TYPE = "application/x-asynclang-command";

    @Option(help = "Print uncaught errors as reports (message, source line, caret, trace) and exit with status 1, as the asynclang command does.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> ReportErrors = new OptionKey<>(false);

    @Option(help = "End the program when an evaluation's main task ends: cancel the tasks still running, as the asynclang command does (embedders keep them running until the context closes). The evaluation's value is then the exit status, 0, instead of the script's last value.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> EndWithMainTask = new OptionKey<>(false);

    @Option(help = "Buffer what print and println write (flushed whenever the executor waits and at the end). Off when the embedder's output stream buffers itself, as the asynclang command's does, so that it can flush everything printed even when the JVM must stop at once.", category = OptionCategory.EXPERT, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> BufferOutput = new OptionKey<>(true);

    @Option(help = "Run timers on a virtual clock that jumps to the next timer whenever every task is idle.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> VirtualTime = new OptionKey<>(false);

    @Option(help = "Print the state machine of every async fn and async block instead of running the program.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Explain = new OptionKey<>(false);

    @Option(help = "Print executor events to stderr: all of them, or those FILTER selects (event kinds and task ids, comma-separated).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> Trace = new OptionKey<>("");

    @Option(help = "Warn when one poll of a task runs longer than this duration (e.g. 100ms).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<String> WarnBlocking = new OptionKey<>("");

    @Option(help = "Which bytecode interpreter runs code: default (uncached for the first calls, then specializing), uncached (always), or cached (from the first call). For testing both tiers.", category = OptionCategory.INTERNAL, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<String> BytecodeTier = new OptionKey<>("default");

    private static final LanguageReference<AsyncLangLanguage> REFERENCE = LanguageReference.create(AsyncLangLanguage.class);

    private final SourceCompiler compiler = loadCompiler();
    /** Created on first use: root nodes cannot be made while the language is being constructed. */
    private LibraryRegistry library;

    private static SourceCompiler loadCompiler() {
        return ServiceLoader.load(SourceCompiler.class, AsyncLangLanguage.class.getClassLoader()).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no asynclang compiler on the class path"));
    }

    public static AsyncLangLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected AsyncLangContext createContext(Env env) {
        return new AsyncLangContext(this, env);
    }

    @Override
    protected void initializeContext(AsyncLangContext context) {
        compiler.initializeContext(context);
    }

    /** The context is still usable here: cancelled tasks run their pending {@code finally} blocks. */
    @Override
    protected void finalizeContext(AsyncLangContext context) {
        context.shutdown();
    }

    /**
     * Also after a cancelling close (the launcher's out-of-memory report drops the context that
     * way): what the script printed before is not lost with it.
     */
    @Override
    protected void disposeContext(AsyncLangContext context) {
        context.flush();
    }

    /**
     * Any thread may enter a context: the engine's thread gate lets one at a time run script
     * code and hands the calls of the others to the context's executor, so a host thread
     * calling a script function while a script runs is served instead of refused.
     */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    /** From now on calls from the host go through the thread gate (see {@link HostEntry}). */
    @Override
    protected void initializeMultiThreading(AsyncLangContext context) {
        HostEntry.ONE_THREAD.invalidate();
    }

    /**
     * Truffle would print an interactive source's value in its display form; the program root
     * shows it itself, in the form a list shows it (strings quoted) and not when it is nil.
     */
    @Override
    protected boolean isVisible(AsyncLangContext context, Object value) {
        return false;
    }

    /** {@code context.getBindings("asynclang")}: the top-level names of every evaluation so far. */
    @Override
    protected Object getLanguageView(AsyncLangContext context, Object value) {
        return new LanguageView(value);
    }

    @Override
    protected Object getScope(AsyncLangContext context) {
        return context.topScope();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new AsyncLangLanguageOptionDescriptors();
    }

    @Override
    protected boolean patchContext(AsyncLangContext context, Env newEnv) {
        return false;
    }

    /** Every built-in function, method and std module, as the libraries on the class path registered them. */
    public synchronized LibraryRegistry library() {
        if (library == null) {
            library = LibraryRegistry.load(this);
        }
        return library;
    }

    /**
     * What polls the coroutines of one async function (see {@link CoroutineDriver}): each has
     * its own, a small compilation unit whose profiles (the leaf futures it polls, the waker it
     * is given) are that function's alone.
     */
    public RootCallTarget newCoroutineDriver(String functionName) {
        return new CoroutineDriver(this, this::getAsynchronousStackDepth, functionName).getCallTarget();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return compiler.parse(this, request.getSource());
    }
}
