package asynclang.language.async;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.bytecode.BytecodeLocation;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.errors.AlException;
import asynclang.runtime.Failure;
import asynclang.language.functions.FunctionTemplate;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * The future an {@code async fn} call, async closure call or {@code async} block evaluates to:
 * the body's state machine. Before the first poll it holds only the arguments; afterwards, the
 * body's suspended bytecode frame (a continuation). Polling it runs the {@link CoroutineDriver}.
 */
public final class Coroutine extends AwaitOnceFuture {

    private final FunctionTemplate template;
    /*
     * The body's frame arguments until it starts; then, while it is suspended at an await, its
     * frame, with resumeAt where it resumes. One field for both, and not the ContinuationResult
     * (which also holds what was yielded): a pending task is mostly its coroutine, and keeps
     * only what it needs (see suspend).
     */
    private Object argumentsOrFrame;
    private ContinuationRootNode resumeAt;
    private boolean started;

    /*
     * Driver state, used when this coroutine is polled directly (see CoroutineDriver): the chain
     * of bodies it drives is this coroutine, then the ones awaited in turn (above, made at the
     * first await of a coroutine that was not started yet). depth is 0 until the first poll.
     * Most tasks never await a fresh coroutine, so most chains need no array at all.
     */
    private int depth;
    private Coroutine[] above;
    Future leaf;
    /** Whether {@link #leaf}, set by a direct run, was polled there (see {@link #directRunPolledAwaited}). */
    private boolean leafPolled;
    Object input;
    boolean finished;

    public Coroutine(FunctionTemplate template, Object[] calleeAndArguments) {
        this.template = template;
        this.argumentsOrFrame = calleeAndArguments;
    }

    public String name() {
        return template.name;
    }

    public FunctionTemplate template() {
        return template;
    }

    /** Whether the body has started running (a never-started future ran nothing). */
    public boolean isStarted() {
        return started;
    }

    /** Marks the body as started and hands over its frame arguments (for the first call of the body). */
    public Object[] start() {
        started = true;
        Object[] args = (Object[]) argumentsOrFrame;
        argumentsOrFrame = null;
        return args;
    }

    /**
     * What an async body returns when it ends: its output, in the type its yields have. A call
     * target profiles the type its calls return, and a resume that returned a ContinuationResult
     * a hundred thousand times, then the output (the first connection of a server closing), threw
     * the compiled continuation away. The same class both ways, told apart by
     * {@link #isSuspension}.
     */
    public static ContinuationResult output(Object value) {
        return new ContinuationResult(null, null, value);
    }

    /** Whether a body's result is a suspension at an await (else its output: {@link #output}). */
    static boolean isSuspension(ContinuationResult k) {
        return k.getContinuationRootNode() != null;
    }

    /**
     * After an await ran the body as a direct call: a body that suspended stays suspended here,
     * and the awaiter yields this coroutine to its driver; anything else is the output.
     */
    public Object afterDirectRun(ContinuationResult result) {
        if (isSuspension(result)) {
            suspend(result, true);
            AwaitSuspend inner = (AwaitSuspend) result.getResult();
            leaf = inner.future();
            leafPolled = inner.polled();
            return new AwaitSuspend(this, true);
        }
        return result.getResult();
    }

    /**
     * Keeps the body suspended at the await that yielded {@code k}. {@code firstRun}: the yield
     * came from the body's first call. That call's frame is the one kept, and the Bytecode DSL
     * (25.0.1) leaves {@code k} in its stack slot of the yielded value, which a resume never
     * reads (it puts the resumed value there): it would keep the ContinuationResult and what it
     * yielded alive for as long as the body waits. Cleared here, ~40 bytes per pending task.
     */
    void suspend(ContinuationResult k, boolean firstRun) {
        resumeAt = k.getContinuationRootNode();
        argumentsOrFrame = k.getFrame();
        if (firstRun) {
            clearSlotHolding(k.getFrame(), k);
        }
    }

    /** Resumes the suspended body with {@code value}, until it awaits again or returns. */
    ContinuationResult resume(IndirectCallNode call, Object value) {
        ContinuationRootNode at = resumeAt;
        MaterializedFrame frame = suspendedFrame();
        resumeAt = null;
        argumentsOrFrame = null;
        ContinuationLocations.ensureCurrent(at);
        return (ContinuationResult) call.call(at.getCallTarget(), frame, value);
    }

    @TruffleBoundary
    private static void clearSlotHolding(MaterializedFrame frame, Object value) {
        for (int i = frame.getFrameDescriptor().getNumberOfSlots() - 1; i >= 0; i--) {
            if (frame.getTag(i) == FrameSlotKind.Object.tag && frame.getObject(i) == value) {
                frame.clear(i);
                return;
            }
        }
    }

    /** The frame of the body while it is suspended (see argumentsOrFrame). */
    private MaterializedFrame suspendedFrame() {
        return (MaterializedFrame) argumentsOrFrame;
    }

    /** Whether the body waits at an await (a resume would continue it). */
    boolean isSuspended() {
        return resumeAt != null;
    }

    /**
     * What a body that suspended in a direct run (see afterDirectRun) awaits; a driver that takes
     * the body over takes it from here.
     */
    Object takeDirectRunAwaited() {
        Object awaited = leaf;
        leaf = null;
        return awaited;
    }

    /**
     * Whether the direct run already polled what it awaits ({@link #takeDirectRunAwaited}):
     * then the chain waits for that future's wake. Polling it again at once would make a
     * {@code yield_now()} in an awaited async fn return without letting other tasks run.
     */
    boolean directRunPolledAwaited() {
        return leafPolled;
    }

    @Override
    public String describe() {
        return template.kind == FunctionTemplate.Kind.ASYNC_BLOCK ? "async block" : template.name + "()";
    }

    @Override
    public Object poll(Waker waker) {
        if (finished) {
            throw new IllegalStateException("polled a finished coroutine");
        }
        if (template.driver.call(this, waker) == CoroutineDriver.DONE) {
            Object output = input;
            input = null;
            return output;
        }
        return PENDING;
    }

    /** Whether a driver has taken this coroutine as the root of a chain (polled it). */
    boolean drivesAChain() {
        return depth > 0;
    }

    /** How many bodies the chain holds. */
    int depth() {
        return depth;
    }

    /** The chain's body at {@code i}: 0 is this coroutine, depth - 1 the innermost. */
    Coroutine chainAt(int i) {
        return i == 0 ? this : above[i - 1];
    }

    /** Makes this coroutine the root of its chain (its first poll). */
    void startChain() {
        depth = 1;
    }

    /** Pushes {@code next}, which the innermost body awaits, on the chain. */
    void push(Coroutine next) {
        if (above == null) {
            above = new Coroutine[2];
        } else if (depth - 1 == above.length) {
            above = Arrays.copyOf(above, above.length * 2);
        }
        above[depth - 1] = next;
        depth++;
    }

    /** Pops the innermost body; true if it was the last (the chain is done: finished). */
    boolean pop() {
        depth--;
        if (depth > 0) {
            above[depth - 1] = null;
            return false;
        }
        above = null;
        finished = true;
        return true;
    }

    /**
     * Stops the chain at its current awaits, innermost first, running pending finally blocks.
     * The first error one of them threw (or what the chain awaited raised while cancelled) is
     * returned, and kept where the output would have gone, for the task's report.
     */
    @Override
    @TruffleBoundary
    public Failure cancel() {
        if (finished) {
            return null;
        }
        finished = true;
        Failure cleanup = null;
        if (leaf != null) {
            cleanup = leaf.cancel();
            leaf = null;
        }
        // A body an await ran directly and that suspended is no chain's root, but waits all the same.
        int bodies = depth > 0 ? depth : (resumeAt != null ? 1 : 0);
        for (int i = bodies - 1; i >= 0; i--) {
            Coroutine body = chainAt(i);
            if (!body.isSuspended()) {
                continue;
            }
            try {
                ContinuationResult r = body.resume(IndirectCallNode.getUncached(), new Resumed(AwaitSignal.CANCEL));
                if (isSuspension(r) && r.getResult() instanceof AwaitSuspend s) {
                    // A finally block that awaits while cancelled: drop what it awaits.
                    Failure f = s.future().cancel();
                    cleanup = cleanup == null ? f : cleanup;
                }
            } catch (Cancelled e) {
                // Unwound as intended.
            } catch (AlException e) {
                cleanup = cleanup == null ? new Failure(e) : cleanup;
            }
        }
        depth = 0;
        above = null;
        if (cleanup != null) {
            input = cleanup;
        }
        return cleanup;
    }

    /** After {@link #cancel()}: the error a finally block threw while the chain unwound, or null. */
    public AlException failedWhileCancelled() {
        return finished && input instanceof Failure f && f.error() instanceof AlException e ? e : null;
    }

    /** Where the innermost body of the chain is suspended, or null. */
    @TruffleBoundary
    public SourceSection suspendedAt() {
        if (depth == 0) {
            return null;
        }
        ContinuationRootNode at = chainAt(depth - 1).resumeAt;
        if (at == null) {
            return null;
        }
        BytecodeLocation location = at.getLocation();
        return location == null ? null : location.getSourceLocation();
    }

    /**
     * The chain's bodies that are suspended at an await, innermost first, at most {@code limit},
     * as stack trace elements: each names its function, the await it waits at and its frame (so
     * a debugger can show its locals). The body that is running has no suspension and is left
     * out; it is on the real stack.
     */
    @TruffleBoundary
    List<TruffleStackTraceElement> awaitingFrames(int limit) {
        List<TruffleStackTraceElement> frames = new ArrayList<>();
        for (int i = depth - 1; i >= 0 && frames.size() < limit; i--) {
            Coroutine body = chainAt(i);
            BytecodeLocation at = body.resumeAt == null ? null : body.resumeAt.getLocation();
            if (at != null) {
                RootNode root = (RootNode) body.resumeAt.getSourceRootNode();
                frames.add(TruffleStackTraceElement.create(at.getBytecodeNode(), root.getCallTarget(), body.suspendedFrame(), at.getBytecodeIndex()));
            }
        }
        return frames;
    }

    /** The name of the innermost function of the chain. */
    public String innermostName() {
        return depth == 0 ? template.name : chainAt(depth - 1).template.name;
    }

    /** What the chain waits for: the leaf future, if any. */
    public Future leaf() {
        return leaf;
    }
}
