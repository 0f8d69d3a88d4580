package asynclang.language;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.StackWalkWarmUp;
import asynclang.language.values.AlMap;
import asynclang.runtime.Executor;
import asynclang.runtime.ExecutorListener;
import asynclang.runtime.Task;
import asynclang.runtime.io.Reactor;

/**
 * The state of one polyglot context: its executor (the event loop every evaluation and call
 * drives, so tasks outlive the evaluation that spawned them), output streams, arguments and
 * options. Standard output is buffered; it is flushed before anything goes to standard error,
 * so the two stay in order on a terminal, and whenever the executor is about to wait, so a
 * reader of a pipe sees output as soon as the script goes idle.
 */
public final class AsyncLangContext {

    private static final ContextReference<AsyncLangContext> REFERENCE = ContextReference.create(AsyncLangLanguage.class);

    private final AsyncLangLanguage language;
    private final Env env;
    private final PrintStream out;
    /** Whether print wrote since the last flush (all output goes through print). */
    private boolean printed;
    private final PrintStream err;
    private final Executor executor;
    private final Reactor reactor;
    /** What the library keeps per context (a buffered standard input, ...), by key. */
    private final Map<Object, Object> locals = new HashMap<>();
    private final List<ExecutorListener> listeners = new ArrayList<>();
    /** Never-awaited-future warnings already given, by site: once per site. */
    private final Set<String> warnedSites = new HashSet<>();
    /** Per-context state of imported modules (their exports once loaded), by module. */
    private final Map<Object, Object> modules = new HashMap<>();
    private final TopScope topScope = new TopScope();
    /** Held by the thread that runs this context's script code (see the engine's thread gate). */
    private final java.util.concurrent.locks.ReentrantLock entryLock = new java.util.concurrent.locks.ReentrantLock();
    /** Awaits running as direct calls on the Java stack now (see the await fast path). */
    public int directAwaitDepth;
    private final Set<Runnable> endedAtExit = new HashSet<>();
    /** Set by {@code exit}: the program ends at once, tasks still running are dropped unpolled. */
    private boolean exiting;

    public java.util.concurrent.locks.ReentrantLock entryLock() {
        return entryLock;
    }

    /** The top-level names evaluations leave for the next; the language's polyglot bindings. */
    public TopScope topScope() {
        return topScope;
    }

    AsyncLangContext(AsyncLangLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.out = env.getOptions().get(AsyncLangLanguage.BufferOutput)
                        ? new PrintStream(new BufferedOutputStream(env.out(), 1 << 14), false, StandardCharsets.UTF_8)
                        : new PrintStream(env.out(), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
        this.reactor = option(AsyncLangLanguage.VirtualTime) ? Reactor.virtualTime() : Reactor.real();
        this.executor = new Executor(new SafepointDriver(reactor, this::flush));
    }

    /**
     * Errors need classes of their own, and walking the stack for the first time initializes
     * classes of the runtime (in the background: {@link StackWalkWarmUp}); done before a script
     * runs so that it does not first happen when the stack has overflowed (class initialization
     * would then fail, and every later use of the class).
     */
    static {
        StackWalkWarmUp.start();
        for (Class<?> c : new Class<?>[]{asynclang.language.errors.AlException.class, asynclang.language.errors.ErrorReport.class,
                        asynclang.language.errors.ErrorReport.Frame.class, asynclang.language.values.AlError.class,
                        asynclang.language.values.Formatter.class, asynclang.language.values.Types.class, asynclang.language.values.Nil.class}) {
            try {
                java.lang.invoke.MethodHandles.lookup().ensureInitialized(c);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static AsyncLangContext get(Node node) {
        return REFERENCE.get(node);
    }

    public AsyncLangLanguage language() {
        return language;
    }

    public Env env() {
        return env;
    }

    public <T> T option(org.graalvm.options.OptionKey<T> key) {
        return env.getOptions().get(key);
    }

    /** This context's event loop. */
    public Executor executor() {
        return executor;
    }

    /** Where sockets wait for readiness: the executor's driver. */
    public Reactor reactor() {
        return reactor;
    }

    /** The library's per-context state under {@code key}, made by {@code make} on first use. */
    @TruffleBoundary
    @SuppressWarnings("unchecked")
    public <T> T local(Object key, java.util.function.Supplier<T> make) {
        return (T) locals.computeIfAbsent(key, k -> make.get());
    }

    /** Lets tooling (tracing, failure reports) see the executor's events. */
    public void addListener(ExecutorListener listener) {
        listeners.add(listener);
        executor.setListener(ExecutorListener.of(listeners));
    }

    /** Stops the listeners that {@code which} selects (a REPL's {@code :trace off}). */
    public void removeListeners(java.util.function.Predicate<ExecutorListener> which) {
        listeners.removeIf(which);
        executor.setListener(ExecutorListener.of(listeners));
    }

    public String[] arguments() {
        return env.getApplicationArguments();
    }

    /** Whether a warning for {@code site} is due (the first time only). */
    @TruffleBoundary
    public boolean firstWarningAt(String site) {
        return warnedSites.add(site);
    }

    @TruffleBoundary
    public Map<Object, Object> modules() {
        return modules;
    }

    /** The Java intrinsics of standard module {@code name}, as a map (one per context: scripts may change maps). */
    @TruffleBoundary
    public AlMap stdNatives(String name) {
        return (AlMap) modules.computeIfAbsent("std:" + name, k -> {
            AlMap map = new AlMap();
            map.nameModule("std." + name);
            language.library().module(name).natives().forEach(map::put);
            return map;
        });
    }

    @TruffleBoundary
    public void print(String s) {
        out.print(s);
        printed = true;
    }

    @TruffleBoundary
    public void printError(String s) {
        flush();
        err.print(s);
        err.flush();
    }

    /**
     * Writes out what print left buffered. Called whenever the executor waits and whenever a
     * host call returns, so it does nothing (not even the stream's own flush) when nothing was
     * printed since the last time.
     */
    @TruffleBoundary
    public void flush() {
        if (printed) {
            printed = false;
            out.flush();
        }
    }

    /**
     * What must end with the program even when {@code exit} drops its tasks unpolled (a child
     * process: cancelling its task would kill it, but exit cancels nothing). Thread-safe.
     */
    public void endAtExit(Runnable end) {
        synchronized (endedAtExit) {
            endedAtExit.add(end);
        }
    }

    /** {@code end} is done with (the child exited). */
    public void forgetAtExit(Runnable end) {
        synchronized (endedAtExit) {
            endedAtExit.remove(end);
        }
    }

    /** Cancels the tasks still running (their pending finally blocks run) and flushes output. */
    @TruffleBoundary
    public void shutdown() {
        try {
            if (!exiting) {
                executor.shutdown();
            } else {
                List<Runnable> ends;
                synchronized (endedAtExit) {
                    ends = new ArrayList<>(endedAtExit);
                    endedAtExit.clear();
                }
                ends.forEach(Runnable::run);
            }
            reactor.close();
        } finally {
            flush();
        }
    }

    /** Ends the program with {@code code}; returns only to let callers write {@code throw}. */
    @TruffleBoundary
    public RuntimeException exit(int code, Node node) {
        exiting = true;
        flush();
        env.getContext().closeExited(node, code);
        throw new IllegalStateException("closeExited returned");
    }
}
