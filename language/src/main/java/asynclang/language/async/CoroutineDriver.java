package asynclang.language.async;

import java.util.List;
import java.util.function.IntSupplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import asynclang.language.errors.AlException;
import asynclang.language.errors.Unwinding;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * Polls a coroutine that the executor or a combinator drives: one poll runs the whole chain of
 * awaits without recursion. When a body awaits another coroutine, it yields that coroutine
 * here; the driver pushes it on the chain's stack and starts it; when it returns, the driver
 * pops it and resumes the awaiter with its output. The innermost future that is not a
 * coroutine (a sleep, a channel receive) is the chain's leaf: a wake re-polls just the leaf,
 * in O(1) whatever the depth, and a chain a million awaits deep needs no Java stack.
 * <p>
 * The driver is a root node, one per async function (for the chains its coroutines root), and
 * it calls the bodies it starts and resumes indirectly: each body and each continuation is its
 * own compilation unit, and the driver's own is small. Inlining them here (direct calls) made
 * the driver of a program's main chain one unit of everything the chain ever ran: its
 * last-tier compilation took 3-4 s on two cores, and any change in one body's profile (a new
 * local type, a new return type) threw all of it away. Measured in docs/design.md.
 * <p>
 * After a resume, the bodies awaiting the running one are on no stack but the chain. The
 * driver's frame gives them to tools as its asynchronous frames, so a debugger paused in a
 * resumed body shows who awaits it.
 */
public final class CoroutineDriver extends RootNode {

    /** Starts and resumes bodies: an indirect call, so no body is inlined here (see above). */
    @Child private IndirectCallNode call = IndirectCallNode.create();
    @Child private DriverFrameMarker frameMarker = new DriverFrameMarker();

    /** How many asynchronous frames tools asked for (0: none asked; they get the default). */
    private final IntSupplier asyncStackDepth;
    /** The async function whose coroutines this driver polls as chain roots. */
    private final String functionName;

    /** Asynchronous frames given when no tool asked for a depth: the awaiters a reader can use. */
    private static final int DEFAULT_ASYNC_FRAMES = 64;

    public CoroutineDriver(TruffleLanguage<?> language, IntSupplier asyncStackDepth, String functionName) {
        super(language);
        this.asyncStackDepth = asyncStackDepth;
        this.functionName = functionName;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Coroutine c = (Coroutine) args[0];
        try {
            return drive(c, (Waker) args[1]);
        } catch (AbstractTruffleException | ControlFlowException e) {
            throw e;
        } catch (Unwinding e) {
            // A recursion through join/select/timeout ran out of stack: on up, to the body
            // frame far enough from the stack's end to make it the catchable error.
            throw e;
        } catch (RuntimeException e) {
            // A bug outside any body (in a future the chain waits on, say): fail the chain.
            c.finished = true;
            return done(c, new Failure(AlException.internal(e, this)));
        }
    }

    /**
     * What a poll through the driver returns: whether the chain is done, its output then left
     * in the root's {@code input} ({@link Coroutine#poll} takes it). One return type: the
     * caller profiles what a call returns, and a chain's output (nil, a number, a failure)
     * after many pendings invalidated the compiled driver when the first task ended.
     */
    static final Boolean DONE = Boolean.TRUE;
    static final Boolean NOT_DONE = Boolean.FALSE;

    private static Boolean done(Coroutine c, Object output) {
        c.input = output;
        return DONE;
    }

    private Boolean drive(Coroutine c, Waker waker) {
        if (!c.drivesAChain()) {
            c.startChain();
            c.input = AwaitSignal.START;
        }
        while (true) {
            if (c.leaf != null) {
                Object r = Polling.poll(c.leaf, waker);
                if (r == Future.PENDING) {
                    return NOT_DONE;
                }
                c.leaf = null;
                c.input = r;
            }
            Coroutine top = c.chainAt(c.depth() - 1);
            boolean firstRun = c.input == AwaitSignal.START;
            ContinuationResult k;
            try {
                k = step(top, c.input);
            } catch (AbstractTruffleException thrown) {
                AlException e = Polling.asError(thrown);
                if (c.pop()) {
                    return done(c, new Failure(e));
                }
                c.input = new Failure(e.toOneAwaiter());
                continue;
            }
            if (Coroutine.isSuspension(k)) {
                top.suspend(k, firstRun);
                if (!enter(c, k.getResult())) {
                    return NOT_DONE;
                }
            } else {
                if (c.pop()) {
                    return done(c, k.getResult());
                }
                c.input = k.getResult();
            }
        }
    }

    /** Runs {@code body} from where it is until it awaits or returns (see Coroutine#output). */
    private ContinuationResult step(Coroutine body, Object value) {
        if (value == AwaitSignal.START) {
            return (ContinuationResult) call.call(body.template().body, body.start());
        }
        return body.resume(call, new Resumed(value));
    }

    /**
     * Takes over what the top body now awaits. A fresh coroutine is pushed and started; one
     * that an await already started as a direct call is pushed as it is, with what it awaits
     * in turn; anything else becomes the leaf. Returns false when the leaf was already polled
     * (so the chain waits for a wake), true when the loop should go on.
     */
    @TruffleBoundary
    private static boolean enter(Coroutine c, Object awaitedValue) {
        Object awaited = awaitedValue;
        boolean polled = false;
        while (true) {
            if (awaited instanceof AwaitSuspend s) {
                polled = s.polled();
                awaited = s.future();
            }
            if (awaited instanceof Coroutine next && !next.drivesAChain() && !next.finished) {
                if (c.depth() >= AwaitDepth.MAX) {
                    // Unbounded async recursion: fail the await that would go deeper, as a
                    // catchable error, long before the chain fills the heap.
                    next.cancel();
                    c.input = new Failure(AlException.error("stack overflow", null));
                    return true;
                }
                c.push(next);
                if (!next.isStarted()) {
                    c.input = AwaitSignal.START;
                    return true;
                }
                if (next.isSuspended()) {
                    polled = next.directRunPolledAwaited();
                    awaited = next.takeDirectRunAwaited();
                    continue;
                }
            }
            c.leaf = (Future) awaited;
            c.input = null;
            return !polled;
        }
    }

    /**
     * The bodies the chain holds suspended at their awaits, innermost first. Computed only when
     * a tool asks (a debugger pausing), so it costs nothing otherwise.
     */
    @Override
    protected List<TruffleStackTraceElement> findAsynchronousFrames(Frame frame) {
        Object[] args = frame.getArguments();
        if (args.length == 0 || !(args[0] instanceof Coroutine c)) {
            return null;
        }
        int asked = asyncStackDepth.getAsInt();
        return c.awaitingFrames(asked > 0 ? asked : DEFAULT_ASYNC_FRAMES);
    }

    @Override
    protected Node findInstrumentableCallNode(Node callNode, Frame frame, int bytecodeIndex) {
        return frameMarker;
    }

    @Override
    public String getName() {
        return "<coroutine driver: " + functionName + ">";
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return getName();
    }
}
