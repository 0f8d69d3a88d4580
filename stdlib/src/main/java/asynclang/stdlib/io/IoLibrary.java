package asynclang.stdlib.io;

import java.util.LinkedHashMap;
import java.util.Map;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.LibraryFuture;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.library.StdModule;

/**
 * {@code import std.io;} (LANGUAGE.md 5.4): standard input, read off the executor so other
 * tasks run while a script waits for a line. One {@link Stdin} per context, shared by every
 * call, so nothing read ahead (or read for a cancelled call) is lost between calls.
 */
public final class IoLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read_line", r.functionValue("read_line", 0, 0, (ctx, a, node) -> new LibraryFuture(stdin(ctx).readLine(), "read_line()")));
        m.put("read_all", r.functionValue("read_all", 0, 0, (ctx, a, node) -> new LibraryFuture(stdin(ctx).readAll(), "read_all()")));
        r.module(new StdModule("io", m, null));
    }

    private static Stdin stdin(AsyncLangContext ctx) {
        return ctx.local(IoLibrary.class, () -> new Stdin(ctx.executor(), ctx.env().in()));
    }
}
