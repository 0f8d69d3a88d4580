package asynclang.stdlib.time;

import asynclang.language.async.LibraryFuture;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.values.AlDuration;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.future.Sleep;
import asynclang.stdlib.Args;

/** {@code sleep}, {@code now}, {@code interval}, and the methods of Duration, Instant and Interval. */
public final class TimeLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.function("sleep", 1, 1, (ctx, args, node) -> {
            AlDuration d = Args.duration("sleep", args[0], node);
            return new LibraryFuture(new Sleep(ctx.executor(), d.nanos(), Nil.NIL), "sleep()");
        });
        r.function("now", 0, 0, (ctx, args, node) -> new TimeValues.Instant(ctx.executor()));
        r.function("interval", 1, 1, (ctx, args, node) -> new TimeValues.Interval(ctx.executor(), Args.duration("interval", args[0], node)));

        r.method(TimeValues.Instant.class, "elapsed", 0, 0, (ctx, a, node) -> ((TimeValues.Instant) a[0]).elapsed());
        r.method(TimeValues.Instant.class, "duration_since", 1, 1, (ctx, a, node) -> {
            if (a[1] instanceof TimeValues.Instant earlier) {
                return ((TimeValues.Instant) a[0]).durationSince(earlier.nanos);
            }
            throw Args.error("duration_since expects an instant, got " + Types.typeName(a[1]), node);
        });
        r.method(TimeValues.Interval.class, "tick", 0, 0, (ctx, a, node) -> ((TimeValues.Interval) a[0]).tick());

        r.module(TimeModule.create(r));

        r.method(AlDuration.class, "as_millis", 0, 0, (ctx, a, node) -> ((AlDuration) a[0]).nanos() / AlDuration.NANOS_PER_MILLI);
        r.method(AlDuration.class, "as_secs", 0, 0, (ctx, a, node) -> ((AlDuration) a[0]).nanos() / (double) AlDuration.NANOS_PER_SECOND);
        r.method(AlDuration.class, "as_nanos", 0, 0, (ctx, a, node) -> ((AlDuration) a[0]).nanos());
    }
}
