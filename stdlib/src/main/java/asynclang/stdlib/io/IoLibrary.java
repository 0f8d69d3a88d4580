package asynclang.stdlib.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.LibraryFuture;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.library.StdModule;
import asynclang.language.values.AlError;
import asynclang.language.values.Nil;
import asynclang.runtime.io.Blocking;

/**
 * {@code import std.io;} (LANGUAGE.md 5.4): standard input, read on the blocking pool so other
 * tasks run while a script waits for a line. One reader per context, shared by every call, so
 * nothing read ahead is lost between calls.
 */
public final class IoLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read_line", r.functionValue("read_line", 0, 0, (ctx, a, node) -> read(ctx, "read_line()", "a line of standard input", in -> {
            String line = in.readLine();
            return line == null ? Nil.NIL : line;
        })));
        m.put("read_all", r.functionValue("read_all", 0, 0, (ctx, a, node) -> read(ctx, "read_all()", "the rest of standard input", in -> {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        })));
        r.module(new StdModule("io", m, null));
    }

    @FunctionalInterface
    interface Read {
        Object from(BufferedReader in) throws IOException;
    }

    private static LibraryFuture read(AsyncLangContext ctx, String maker, String what, Read read) {
        BufferedReader in = ctx.local(IoLibrary.class, () -> new BufferedReader(new InputStreamReader(ctx.env().in(), StandardCharsets.UTF_8)));
        Blocking work = new Blocking(ctx.executor(), () -> {
            synchronized (in) {
                return read.from(in);
            }
        }, e -> new AlError("cannot read standard input: " + (e.getMessage() == null ? "input/output error" : e.getMessage())), what, "input read");
        return new LibraryFuture(work, maker);
    }
}
