package asynclang.language.async;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeLocation;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.errors.AlException;
import asynclang.language.nodes.ContinuationLocations;
import asynclang.language.values.FunctionTemplate;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * The future an {@code async fn} call, async closure call or {@code async} block evaluates to:
 * the body's state machine. Before the first poll it holds only the arguments; afterwards, the
 * body's suspended bytecode frame (a continuation).
 * <p>
 * A coroutine polled by the executor or a combinator drives a whole chain of awaits without
 * recursion: when its body awaits another coroutine, the body yields that coroutine to this
 * driver, which pushes it on {@link #stack} and runs it; when it returns, the driver pops it and
 * resumes the awaiter with its output. The innermost future that is not a coroutine (a sleep, a
 * channel receive) is the {@link #leaf}: a wake re-polls just the leaf, in O(1) whatever the
 * depth of the chain, and a chain a million awaits deep needs no Java stack.
 */
public final class Coroutine extends AlFuture {

    private final FunctionTemplate template;
    private Object[] arguments;
    /** The body suspended at an await, while it is. */
    private ContinuationResult suspended;
    private boolean started;

    /** Driver state, used when this coroutine is polled directly. */
    private ArrayList<Coroutine> stack;
    private Future leaf;
    private Object input;
    private boolean finished;

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

    @Override
    public String describe() {
        return template.kind == FunctionTemplate.Kind.ASYNC_BLOCK ? "async block" : template.name + "()";
    }

    /** {@link #runDirect()}'s answer when the body suspended. */
    static final Object SUSPENDED = new Object();

    /**
     * Starts the body as a plain call, for an await that may finish at once. If the body
     * suspends, it stays suspended here and the awaiter yields it to the driver.
     */
    Object runDirect() {
        Object r = step(AwaitSignal.START);
        if (r instanceof ContinuationResult c) {
            suspended = c;
            return SUSPENDED;
        }
        return r;
    }

    /** Runs the body from where it is until it awaits (a ContinuationResult) or returns. */
    private Object step(Object value) {
        if (value == AwaitSignal.START) {
            started = true;
            Object[] args = arguments;
            arguments = null;
            return template.callTarget.call(args);
        }
        ContinuationResult c = suspended;
        suspended = null;
        ContinuationLocations.ensureCurrent(c);
        return c.continueWith(value);
    }

    @Override
    @TruffleBoundary
    public Object poll(Waker waker) {
        if (finished) {
            throw new IllegalStateException("polled a finished coroutine");
        }
        if (stack == null) {
            stack = new ArrayList<>();
            stack.add(this);
            input = AwaitSignal.START;
        }
        while (true) {
            if (leaf != null) {
                Object r = Polling.poll(leaf, waker);
                if (r == PENDING) {
                    return PENDING;
                }
                leaf = null;
                input = r;
            }
            Coroutine top = stack.get(stack.size() - 1);
            Object result;
            try {
                result = top.step(input);
            } catch (AlException e) {
                stack.remove(stack.size() - 1);
                if (stack.isEmpty()) {
                    finished = true;
                    return new Failure(e);
                }
                input = new Failure(e);
                continue;
            }
            if (result instanceof ContinuationResult c) {
                top.suspended = c;
                if (!enter(c.getResult())) {
                    return PENDING;
                }
            } else {
                stack.remove(stack.size() - 1);
                if (stack.isEmpty()) {
                    finished = true;
                    return result;
                }
                input = result;
            }
        }
    }

    /**
     * Takes over what the top body now awaits. A fresh coroutine is pushed and started; one
     * that an await already started as a direct call is pushed as it is, with what it awaits
     * in turn; anything else becomes the leaf. Returns false when the leaf was already polled
     * (so the chain waits for a wake), true when the loop should go on.
     */
    private boolean enter(Object awaited) {
        boolean polled = false;
        while (true) {
            if (awaited instanceof AwaitSuspend s) {
                polled = s.polled();
                awaited = s.future();
            }
            if (awaited instanceof Coroutine next && next.stack == null && !next.finished) {
                stack.add(next);
                if (!next.started) {
                    input = AwaitSignal.START;
                    return true;
                }
                if (next.suspended != null) {
                    awaited = next.suspended.getResult();
                    polled = false;
                    continue;
                }
            }
            leaf = (Future) awaited;
            input = null;
            return !polled;
        }
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
        if (stack == null) {
            return;
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            Coroutine frame = stack.get(i);
            if (frame.suspended == null) {
                continue;
            }
            try {
                Object r = frame.step(AwaitSignal.CANCEL);
                if (r instanceof ContinuationResult c && c.getResult() instanceof Future f) {
                    // A finally block that awaits while cancelled: drop what it awaits.
                    f.cancel();
                }
            } catch (Cancelled | AlException e) {
                // Unwound as intended (or a finally block failed: nobody is left to tell).
            }
        }
        stack.clear();
    }

    /** Where the innermost body of the chain is suspended, or null. */
    @TruffleBoundary
    public SourceSection suspendedAt() {
        if (stack == null || stack.isEmpty()) {
            return null;
        }
        ContinuationResult c = stack.get(stack.size() - 1).suspended;
        if (c == null) {
            return null;
        }
        BytecodeLocation location = c.getBytecodeLocation();
        return location == null ? null : location.getSourceLocation();
    }

    /** The name of the innermost function of the chain. */
    public String innermostName() {
        return stack == null || stack.isEmpty() ? template.name : stack.get(stack.size() - 1).template.name;
    }

    /** What the chain waits for: the leaf future, if any. */
    public Future leaf() {
        return leaf;
    }
}
