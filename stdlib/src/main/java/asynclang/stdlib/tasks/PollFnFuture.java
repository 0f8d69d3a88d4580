package asynclang.stdlib.tasks;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.values.ScriptObject;
import asynclang.language.async.AwaitOnceFuture;
import asynclang.language.errors.AlException;
import asynclang.language.values.Formatter;
import asynclang.language.values.Types;
import asynclang.runtime.Executor;
import asynclang.runtime.Failure;
import asynclang.runtime.Waker;
import asynclang.stdlib.Args;

/**
 * {@code poll_fn(f)}: a hand-written future. Each poll calls {@code f(cx)}, which answers
 * {@code Ready(v)} or {@code Pending}; {@code cx.waker()} is how it arranges to be polled again.
 * An error in {@code f} is the future's failed output.
 */
final class PollFnFuture extends AwaitOnceFuture {

    private final Object function;
    private final Executor executor;
    private final Node node;
    private int polls;
    private String lastResult = "not polled yet";

    PollFnFuture(Object function, Executor executor, Node node) {
        this.function = function;
        this.executor = executor;
        this.node = node;
    }

    @Override
    public String maker() {
        return "poll_fn()";
    }

    @Override
    public Object poll(Waker waker) {
        polls++;
        Object r;
        try {
            r = Args.call(node, function, new PollContext(waker));
            if (r instanceof ReadyValue || r == PendingValue.PENDING) {
                executor.listener().note(executor.current(), "poll_fn", "returned " + Formatter.display(r));
            }
            if (!(r instanceof ReadyValue) && r != PendingValue.PENDING) {
                throw Args.error("poll_fn callback must return Ready(v) or Pending, got " + Types.typeName(r), node);
            }
        } catch (AlException e) {
            return new Failure(e);
        }
        if (r instanceof ReadyValue ready) {
            lastResult = "Ready";
            return ready.value;
        }
        lastResult = "Pending";
        return PENDING;
    }

    @Override
    public String describe() {
        return "poll_fn future (polled " + polls + (polls == 1 ? " time" : " times") + ", last returned " + lastResult + ")";
    }

    /** {@code Ready(v)}. */
    static final class ReadyValue extends ScriptObject implements Types.Named {
        final Object value;

        ReadyValue(Object value) {
            this.value = value;
        }

        @Override
        public String typeName() {
            return "poll";
        }

        @Override
        public String toString() {
            return "Ready(" + Formatter.repr(value) + ")";
        }
    }

    /** {@code Pending}. */
    static final class PendingValue extends ScriptObject implements Types.Named {
        static final PendingValue PENDING = new PendingValue();

        @Override
        public String typeName() {
            return "poll";
        }

        @Override
        public String toString() {
            return "Pending";
        }
    }

    /** {@code cx}: the poll's context; {@code cx.waker()}. */
    static final class PollContext extends ScriptObject implements Types.Named {
        final Waker waker;

        PollContext(Waker waker) {
            this.waker = waker;
        }

        @Override
        public String typeName() {
            return "context";
        }

        @Override
        public String toString() {
            return "<context>";
        }
    }

    /** {@code cx.waker()}: {@code wake()} schedules another poll of the task. */
    static final class WakerValue extends ScriptObject implements Types.Named {
        final Waker waker;

        WakerValue(Waker waker) {
            this.waker = waker;
        }

        @Override
        public String typeName() {
            return "waker";
        }

        @Override
        public String toString() {
            return "<waker of task " + waker.task().id() + ">";
        }
    }
}
