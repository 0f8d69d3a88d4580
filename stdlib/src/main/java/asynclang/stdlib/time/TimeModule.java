package asynclang.stdlib.time;

import java.util.LinkedHashMap;
import java.util.Map;

import asynclang.language.library.LibraryRegistry;
import asynclang.language.library.StdModule;
import asynclang.language.values.AlDuration;
import asynclang.language.values.Types;
import asynclang.stdlib.Args;

/**
 * {@code import std.time;} (LANGUAGE.md 5.4): the wall clock, and conversions between
 * Durations and milliseconds.
 */
final class TimeModule {

    private TimeModule() {
    }

    static StdModule create(LibraryRegistry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unix_millis", r.functionValue("unix_millis", 0, 0, (ctx, args, node) -> System.currentTimeMillis()));
        m.put("millis", r.functionValue("millis", 1, 1, (ctx, args, node) -> {
            if (!(args[0] instanceof AlDuration d)) {
                throw Args.error("millis expects a duration, got " + Types.typeName(args[0]), node);
            }
            return d.nanos() / AlDuration.NANOS_PER_MILLI;
        }));
        m.put("duration", r.functionValue("duration", 1, 1, (ctx, args, node) -> {
            if (!Types.isNumber(args[0]) || Double.isNaN(Types.toDouble(args[0]))) {
                throw Args.error("duration expects a number of milliseconds, got " + Args.describe(args[0]), node);
            }
            return AlDuration.ofMillis(Types.toDouble(args[0]));
        }));
        return new StdModule("time", m, null);
    }
}
