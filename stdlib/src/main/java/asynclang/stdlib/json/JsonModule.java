package asynclang.stdlib.json;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.library.LibraryRegistry;
import asynclang.language.library.StdModule;
import asynclang.language.values.BigInt;
import asynclang.language.values.Types;
import asynclang.stdlib.Args;

/**
 * {@code import std.json;} (LANGUAGE.md 5.3): {@code json.parse(s)} and
 * {@code json.stringify(v[, indent])}. Both are plain calls, not Futures: they do no I/O.
 */
final class JsonModule {

    private JsonModule() {
    }

    static StdModule create(LibraryRegistry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parse", r.functionValue("parse", 1, 1, (ctx, args, node) -> {
            String text = Args.string("parse", args[0], node);
            try {
                return JsonReader.read(text);
            } catch (JsonError e) {
                throw Args.error(e.getMessage(), node);
            }
        }));
        m.put("stringify", r.functionValue("stringify", 1, 2, (ctx, args, node) -> {
            long indent = args.length < 2 ? 0 : indent(args[1], node);
            try {
                return JsonWriter.write(args[0], indent);
            } catch (JsonError e) {
                throw Args.error(e.getMessage(), node);
            }
        }));
        return new StdModule("json", m, null);
    }

    /** Spaces per level: any Int from 0 (0 is compact, as without it); a BigInt cannot fit any text. */
    private static long indent(Object v, Node node) {
        if (!Types.isInt(v)) {
            throw Args.error("stringify expects an int indent, got " + Types.typeName(v), node);
        }
        if (v instanceof Long l ? l < 0 : ((BigInt) v).value().signum() < 0) {
            throw Args.error("stringify expects a non-negative indent, got " + v, node);
        }
        return v instanceof Long l ? l : Long.MAX_VALUE;
    }
}
