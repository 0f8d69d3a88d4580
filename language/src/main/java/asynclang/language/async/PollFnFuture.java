package asynclang.language.async;

import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.builtins.Methods;
import asynclang.language.errors.AlException;
import asynclang.language.nodes.Calls;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Waker;

/**
 * {@code poll_fn(f)}: a hand-written future. Each poll calls {@code f(cx)}, which answers
 * {@code Ready(v)} or {@code Pending}; {@code cx.waker()} is how it arranges to be polled again.
 */
public final class PollFnFuture extends AlFuture {

    private final Object function;
    private final Node node;
    private int polls;
    private String lastResult = "not polled yet";

    public PollFnFuture(Object function, Node node) {
        this.function = function;
        this.node = node;
    }

    @Override
    public Object poll(Waker waker) {
        polls++;
        Object r = Calls.callValue(function, node, -1, new PollContext(waker));
        Tracer tracer = asynclang.language.AsyncLangContext.get(node).tracer();
        if (tracer != null && (r instanceof ReadyValue || r == PendingValue.PENDING)) {
            tracer.pollFn(asynclang.language.values.Formatter.display(r));
        }
        if (r instanceof ReadyValue ready) {
            lastResult = "Ready";
            return ready.value;
        } else if (r == PendingValue.PENDING) {
            lastResult = "Pending";
            return PENDING;
        }
        throw AlException.error("poll_fn callback must return Ready(v) or Pending, got " + Types.typeName(r), node);
    }

    @Override
    public String describe() {
        return "poll_fn future (polled " + polls + (polls == 1 ? " time" : " times") + ", last returned " + lastResult + ")";
    }

    /** {@code Ready(v)}. */
    public static final class ReadyValue implements TruffleObject, Types.Named {
        final Object value;

        public ReadyValue(Object value) {
            this.value = value;
        }

        @Override
        public String typeName() {
            return "poll";
        }

        @Override
        public String toString() {
            return "Ready(" + asynclang.language.values.Formatter.repr(value) + ")";
        }
    }

    /** {@code Pending}. */
    public static final class PendingValue implements TruffleObject, Types.Named {
        public static final PendingValue PENDING = new PendingValue();

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
    public static final class PollContext implements TruffleObject, Types.Named, Methods.HasMethods {
        private final Waker waker;

        PollContext(Waker waker) {
            this.waker = waker;
        }

        @Override
        public String typeName() {
            return "context";
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            if (name.equals("waker")) {
                AsyncArgs.arity(name, args, 0, node, bci);
                return new WakerValue(waker);
            }
            return null;
        }

        @Override
        public String toString() {
            return "<context>";
        }
    }

    /** {@code cx.waker()}: {@code wake()} schedules another poll of the task. */
    public static final class WakerValue implements TruffleObject, Types.Named, Methods.HasMethods {
        private final Waker waker;

        WakerValue(Waker waker) {
            this.waker = waker;
        }

        @Override
        public String typeName() {
            return "waker";
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            if (name.equals("wake") || name.equals("wake_by_ref")) {
                AsyncArgs.arity(name, args, 0, node, bci);
                waker.wake("waker.wake()");
                return Nil.NIL;
            }
            return null;
        }

        @Override
        public String toString() {
            return "<waker of task " + waker.task().id() + ">";
        }
    }
}
