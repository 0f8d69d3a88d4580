package asynclang.language.async;

import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.builtins.Methods;
import asynclang.language.values.AlDuration;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Executor;
import asynclang.runtime.Waker;

/** {@code now()} and {@code interval(d)}: both read the executor's clock, real or virtual. */
public final class TimeValues {

    private TimeValues() {
    }

    /** A point on the executor's clock; {@code elapsed()} is the Duration since. */
    public static final class Instant implements TruffleObject, Types.Named, Methods.HasMethods {
        private final Executor executor;
        private final long nanos;

        public Instant(Executor executor) {
            this.executor = executor;
            this.nanos = executor.now();
        }

        @Override
        public String typeName() {
            return "instant";
        }

        @Override
        public String toString() {
            return "Instant(" + new AlDuration(nanos) + ")";
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            if (name.equals("elapsed")) {
                AsyncArgs.arity(name, args, 0, node, bci);
                return new AlDuration(executor.now() - nanos);
            }
            return null;
        }
    }

    /** {@code interval(d)}: {@code tick()} completes at start, start + d, start + 2d, ... (the first at once, as in Tokio). */
    public static final class Interval implements TruffleObject, Types.Named, Methods.HasMethods {
        private final AlDuration period;
        private final Deadline next;

        public Interval(Executor executor, AlDuration period) {
            this.period = period;
            this.next = new Deadline(executor, executor.now());
        }

        @Override
        public String typeName() {
            return "interval";
        }

        @Override
        public String toString() {
            return "<interval " + period + ">";
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            if (name.equals("tick")) {
                AsyncArgs.arity(name, args, 0, node, bci);
                return new Tick();
            }
            return null;
        }

        final class Tick extends AlFuture {
            @Override
            public Object poll(Waker waker) {
                if (next.reached(waker)) {
                    next.at += Math.max(1, period.nanos());
                    return Nil.NIL;
                }
                return PENDING;
            }

            @Override
            public void cancel() {
                next.cancel();
            }

            @Override
            public String describe() {
                return "interval tick (every " + period + ")";
            }
        }
    }
}
