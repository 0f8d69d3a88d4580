package asynclang.stdlib.time;

import com.oracle.truffle.api.interop.TruffleObject;

import asynclang.language.async.AwaitOnceFuture;
import asynclang.language.values.AlDuration;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Executor;
import asynclang.runtime.Waker;
import asynclang.runtime.future.Deadline;

/** {@code now()} and {@code interval(d)}: both read the executor's clock, real or virtual. */
final class TimeValues {

    private TimeValues() {
    }

    /** A point on the executor's clock; {@code elapsed()} is the Duration since. */
    static final class Instant implements TruffleObject, Types.Named {
        final Executor executor;
        final long nanos;

        Instant(Executor executor) {
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

        AlDuration elapsed() {
            return new AlDuration(executor.now() - nanos);
        }
    }

    /** {@code interval(d)}: {@code tick()} completes at start, start + d, start + 2d, ... (the first at once, as in Tokio). */
    static final class Interval implements TruffleObject, Types.Named {
        final AlDuration period;
        final Deadline next;

        Interval(Executor executor, AlDuration period) {
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

        Tick tick() {
            return new Tick();
        }

        final class Tick extends AwaitOnceFuture {
            @Override
            public Object poll(Waker waker) {
                if (next.reached(waker)) {
                    next.advance(Math.max(1, period.nanos()));
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
