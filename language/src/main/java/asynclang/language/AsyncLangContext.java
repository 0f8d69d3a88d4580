package asynclang.language;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.async.BlockingDetector;
import asynclang.language.async.DurationOption;
import asynclang.language.async.Listeners;
import asynclang.language.async.TaskFailureReporter;
import asynclang.language.async.Tracer;
import asynclang.runtime.ExecutorListener;
import asynclang.runtime.Clock;
import asynclang.runtime.Executor;
import asynclang.runtime.VirtualClock;

/**
 * The state of one running program: its output streams, arguments and options. Standard output
 * is buffered and flushed before anything goes to standard error, so the two stay in order on a
 * terminal.
 */
public final class AsyncLangContext {

    private static final ContextReference<AsyncLangContext> REFERENCE = ContextReference.create(AsyncLangLanguage.class);

    private final AsyncLangLanguage language;
    private final Env env;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean reportErrors;
    private final Executor executor;
    private final Tracer tracer;
    /** Awaits running as direct calls on the Java stack now (see Awaiting.fast). */
    public int directAwaitDepth;

    AsyncLangContext(AsyncLangLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.out = new PrintStream(new BufferedOutputStream(env.out(), 1 << 14), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
        this.reportErrors = env.getOptions().get(AsyncLangLanguage.ReportErrors);
        this.executor = new Executor(env.getOptions().get(AsyncLangLanguage.VirtualTime) ? new VirtualClock() : Clock.real());
        java.util.List<ExecutorListener> listeners = new java.util.ArrayList<>();
        String trace = env.getOptions().get(AsyncLangLanguage.Trace);
        this.tracer = trace.isEmpty() ? null : new Tracer(this, executor, trace);
        if (tracer != null) {
            listeners.add(tracer);
        }
        listeners.add(new TaskFailureReporter(this));
        String blocking = env.getOptions().get(AsyncLangLanguage.WarnBlocking);
        if (!blocking.isEmpty()) {
            listeners.add(new BlockingDetector(this, DurationOption.parse(blocking).nanos()));
        }
        this.executor.setListener(listeners.size() == 1 ? listeners.get(0) : new Listeners(listeners));
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

    /** This context's event loop: each context has its own. */
    public Executor executor() {
        return executor;
    }

    /** The {@code --trace} printer, or null when tracing is off. */
    public Tracer tracer() {
        return tracer;
    }

    public boolean explain() {
        return env.getOptions().get(AsyncLangLanguage.Explain);
    }

    public boolean reportErrors() {
        return reportErrors;
    }

    public String[] arguments() {
        return env.getApplicationArguments();
    }

    @TruffleBoundary
    public void print(String s) {
        out.print(s);
    }

    @TruffleBoundary
    public void printError(String s) {
        out.flush();
        err.print(s);
        err.flush();
    }

    @TruffleBoundary
    public void flush() {
        out.flush();
    }

    /** Ends the program with {@code code}; returns only to let callers write {@code throw}. */
    @TruffleBoundary
    public RuntimeException exit(int code, Node node) {
        flush();
        env.getContext().closeExited(node, code);
        throw new IllegalStateException("closeExited returned");
    }
}
