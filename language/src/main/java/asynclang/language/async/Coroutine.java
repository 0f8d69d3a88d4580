package asynclang.language.async;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.bytecode.BytecodeLocation;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.errors.AlException;
import asynclang.language.functions.FunctionTemplate;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * The future an {@code async fn} call, async closure call or {@code async} block evaluates to:
 * the body's state machine. Before the first poll it holds only the arguments; afterwards, the
 * body's suspended bytecode frame (a continuation). Polling it runs the {@link CoroutineDriver}.
 */
public final class Coroutine extends AlFuture {

    private final FunctionTemplate template;
    private Object[] arguments;
    /** The body suspended at an await, while it is. */
    ContinuationResult suspended;
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
    Object input;
    boolean finished;

    public Coroutine(FunctionTemplate template, Object[] calleeAndArguments) {
        this.template = template;
        this.arguments = calleeAndArguments;
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
        Object[] args = arguments;
        arguments = null;
        return args;
    }

    /**
     * After an await ran the body as a direct call: a body that suspended stays suspended here,
     * and the awaiter yields this coroutine to its driver; anything else is the output.
     */
    public Object afterDirectRun(Object result) {
        if (result instanceof ContinuationResult c) {
            suspended = c;
            return new AwaitSuspend(this, true);
        }
        return result;
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

    /** Stops the chain at its current awaits, innermost first, running pending finally blocks. */
    @Override
    @TruffleBoundary
    public void cancel() {
        if (finished) {
            return;
        }
        finished = true;
        if (leaf != null) {
            leaf.cancel();
            leaf = null;
        }
        for (int i = depth - 1; i >= 0; i--) {
            Coroutine frame = chainAt(i);
            ContinuationResult k = frame.suspended;
            if (k == null) {
                continue;
            }
            frame.suspended = null;
            try {
                ContinuationLocations.ensureCurrent(k);
                Object r = k.continueWith(new Resumed(AwaitSignal.CANCEL));
                if (r instanceof ContinuationResult c && c.getResult() instanceof Future f) {
                    // A finally block that awaits while cancelled: drop what it awaits.
                    f.cancel();
                }
            } catch (Cancelled | AlException e) {
                // Unwound as intended (or a finally block failed: nobody is left to tell).
            }
        }
        depth = 0;
        above = null;
    }

    /** Where the innermost body of the chain is suspended, or null. */
    @TruffleBoundary
    public SourceSection suspendedAt() {
        if (depth == 0) {
            return null;
        }
        ContinuationResult c = chainAt(depth - 1).suspended;
        if (c == null) {
            return null;
        }
        BytecodeLocation location = c.getBytecodeLocation();
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
            ContinuationResult k = chainAt(i).suspended;
            BytecodeLocation at = k == null ? null : k.getBytecodeLocation();
            if (at != null) {
                RootNode body = (RootNode) k.getContinuationRootNode().getSourceRootNode();
                frames.add(TruffleStackTraceElement.create(at.getBytecodeNode(), body.getCallTarget(), k.getFrame(), at.getBytecodeIndex()));
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
