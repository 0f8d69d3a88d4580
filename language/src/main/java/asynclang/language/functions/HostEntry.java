package asynclang.language.functions;

import java.util.function.Supplier;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * Where the host enters the language (calling a script function, taking a future's output):
 * the engine installs a gate that lets one thread at a time run script code in a context and
 * hands a call from another thread to the context's executor. This package sits below the
 * engine, hence the hook.
 */
public final class HostEntry {

    /** {@link Gate#enter()}: this thread already runs the context's script code. */
    public static final int ALREADY_INSIDE = 0;
    /** {@link Gate#enter()}: this thread may run it now; call {@link #exit()} after. */
    public static final int ENTERED = 1;
    /** {@link Gate#enter()}: another thread runs it; use {@link #handOver}. */
    public static final int BUSY = -1;

    public interface Gate {
        int enter();

        void exit();

        /** Runs {@code call} on the thread that runs the context now, waiting for its result. */
        Object handOver(Supplier<Object> call);

        /** See {@link HostEntry#catchUp()}. */
        void catchUp();

        /** See {@link HostEntry#returned()}. */
        void returned();
    }

    private static final Gate OPEN = new Gate() {
        @Override
        public int enter() {
            return ALREADY_INSIDE;
        }

        @Override
        public void exit() {
        }

        @Override
        public Object handOver(Supplier<Object> call) {
            return call.get();
        }

        @Override
        public void catchUp() {
        }

        @Override
        public void returned() {
        }
    };

    private static volatile Gate gate = OPEN;

    /**
     * Valid while no context of the language has been used by two threads at once: until then
     * nothing needs the gate, and compiled calls from the host skip it.
     */
    public static final Assumption ONE_THREAD = Truffle.getRuntime().createAssumption("no context used by two threads at once");

    private HostEntry() {
    }

    public static void install(Gate g) {
        gate = g;
    }

    @TruffleBoundary
    public static int enter() {
        return gate.enter();
    }

    /** The host called in: tasks that are ready or due run first (see Executor.catchUp). */
    @TruffleBoundary
    public static void catchUp() {
        gate.catchUp();
    }

    /**
     * A call from the host returns: what the script printed reaches the stream now, before the
     * host (or JavaScript, printing its own lines) goes on. Not while a script runs around the
     * call (a script called JavaScript, which called back): that one flushes when it waits.
     */
    @TruffleBoundary
    public static void returned() {
        gate.returned();
    }

    @TruffleBoundary
    public static void exit() {
        gate.exit();
    }

    @TruffleBoundary
    public static Object handOver(Supplier<Object> call) {
        return gate.handOver(call);
    }

    /** Runs a call from the host through the gate (for slow paths; compiled paths use enter and exit). */
    @TruffleBoundary
    public static Object run(Supplier<Object> call) {
        int entry = enter();
        if (entry == BUSY) {
            return handOver(call);
        }
        try {
            return call.get();
        } finally {
            if (entry == ENTERED) {
                exit();
            }
        }
    }
}
