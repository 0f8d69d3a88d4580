package asynclang.stdlib.time;


import asynclang.language.values.ScriptObject;
import asynclang.language.async.AwaitOnceFuture;
import asynclang.language.values.AlDuration;
import asynclang.language.values.Nil;
import asynclang.language.values.Operand;
import asynclang.language.values.Types;
import asynclang.runtime.Failure;
import asynclang.runtime.Executor;
import asynclang.runtime.Waker;
import asynclang.runtime.future.Deadline;

/** {@code now()} and {@code interval(d)}: both read the executor's clock, real or virtual. */
final class TimeValues {

    private TimeValues() {
    }

    /**
     * A point on the executor's clock, as Rust's {@code Instant}: {@code elapsed()} and
     * {@code later.duration_since(earlier)} are Durations (zero, not negative, when the other is
     * later), {@code later - earlier} is the same, {@code t + d} and {@code t - d} are Instants,
     * and Instants compare.
     */
    static final class Instant extends ScriptObject implements Types.Named, Operand {
        final Executor executor;
        final long nanos;

        Instant(Executor executor) {
            this(executor, executor.now());
        }

        private Instant(Executor executor, long nanos) {
            this.executor = executor;
            this.nanos = nanos;
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
            return new Instant(executor).durationSince(nanos);
        }

        AlDuration durationSince(long earlier) {
            return new AlDuration(Math.max(0, nanos - earlier));
        }

        @Override
        public Integer compareTo(Object other) {
            return other instanceof Instant o ? Long.compare(nanos, o.nanos) : null;
        }

        @Override
        public Object plus(Object other) {
            return other instanceof AlDuration d ? shifted(d.nanos(), true) : null;
        }

        @Override
        public Object minus(Object other) {
            if (other instanceof Instant earlier) {
                return durationSince(earlier.nanos);
            }
            return other instanceof AlDuration d ? shifted(d.nanos(), false) : null;
        }

        /** {@code by} later ({@code forward}) or earlier, saturating as Duration arithmetic does: past the clock's range an Instant stays at its end. */
        private Instant shifted(long by, boolean forward) {
            long at;
            try {
                at = forward ? Math.addExact(nanos, by) : Math.subtractExact(nanos, by);
            } catch (ArithmeticException e) {
                at = (by > 0) == forward ? Long.MAX_VALUE : Long.MIN_VALUE;
            }
            return new Instant(executor, at);
        }
    }

    /** {@code interval(d)}: {@code tick()} completes at start, start + d, start + 2d, ... (the first at once, as in Tokio). */
    static final class Interval extends ScriptObject implements Types.Named {
        final AlDuration period;
        private final Executor executor;
        /** When the next tick is due. */
        private long nextAt;

        Interval(Executor executor, AlDuration period) {
            this.period = period;
            this.executor = executor;
            this.nextAt = executor.now();
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
            /**
             * This tick's own timer: tasks waiting on one interval each have one (a timer shared
             * by the interval woke only the first waiter, and the second waited forever).
             */
            private Deadline due;

            @Override
            public String maker() {
                return "tick()";
            }

            @Override
            public Object poll(Waker waker) {
                if (due == null || due.at() != nextAt) {
                    // Another tick took the one this one waited for: wait for the next.
                    cancel();
                    due = new Deadline(executor, nextAt);
                }
                if (due.reached(waker)) {
                    due = null;
                    long step = Math.max(1, period.nanos());
                    nextAt = step >= Long.MAX_VALUE - nextAt ? Long.MAX_VALUE : nextAt + step;
                    return Nil.NIL;
                }
                return PENDING;
            }

            @Override
            public Failure cancel() {
                if (due != null) {
                    due.cancel();
                    due = null;
                }
                return null;
            }

            @Override
            public String describe() {
                return "interval tick (every " + period + ")";
            }
        }
    }
}
