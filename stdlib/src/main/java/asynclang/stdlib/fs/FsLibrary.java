package asynclang.stdlib.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.LibraryFuture;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.library.StdModule;
import asynclang.language.values.AlError;
import asynclang.language.values.AlList;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.language.values.Ordering;
import asynclang.language.values.StringAccumulator;
import asynclang.runtime.io.Blocking;
import asynclang.stdlib.Args;
import asynclang.stdlib.utf8.BoundedText;
import asynclang.stdlib.utf8.Utf8Lossy;
import asynclang.stdlib.StdSources;

/**
 * {@code import std.fs;} (LANGUAGE.md 5.1). Each call is a future that, when polled, does the
 * file work on the blocking pool (like {@code tokio::fs}); other tasks run meanwhile. Files
 * are reached through Truffle's {@link TruffleFile}, so an embedder's file system policy
 * ({@code allowIO}) applies. std/fs.al names them for the module.
 */
public final class FsLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read_text", r.functionValue("read_text", 1, 1, (ctx, a, node) -> op(ctx, node, "read_text", a[0], "read of", "file read done",
                        f -> readText(a[0], f))));
        m.put("write_text", r.functionValue("write_text", 2, 2, (ctx, a, node) -> {
            byte[] bytes = Args.string("write_text", a[1], node).getBytes(StandardCharsets.UTF_8);
            return op(ctx, node, "write_text", a[0], "write of", "file write done", f -> {
                refuseDirectoryPath(a[0], f);
                try (var out = f.newOutputStream()) {
                    out.write(bytes);
                }
                return Nil.NIL;
            });
        }));
        m.put("append_text", r.functionValue("append_text", 2, 2, (ctx, a, node) -> {
            byte[] bytes = Args.string("append_text", a[1], node).getBytes(StandardCharsets.UTF_8);
            return op(ctx, node, "append_text", a[0], "append to", "file write done", f -> {
                refuseDirectoryPath(a[0], f);
                try (var out = f.newOutputStream(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
                    out.write(bytes);
                }
                return Nil.NIL;
            });
        }));
        m.put("lines", r.functionValue("lines", 1, 1, (ctx, a, node) -> op(ctx, node, "lines", a[0], "read of", "file read done",
                        f -> lines(readText(a[0], f)))));
        m.put("exists", r.functionValue("exists", 1, 1, (ctx, a, node) -> op(ctx, node, "exists", a[0], "check of", "file check done", f -> f.exists())));
        m.put("list_dir", r.functionValue("list_dir", 1, 1, (ctx, a, node) -> op(ctx, node, "list_dir", a[0], "listing of", "directory read done", f -> {
            if (f.exists() && !f.isDirectory()) {
                // Opening a FIFO to list it would wait for a writer; a socket gives ENXIO.
                throw new NotDirectoryException(f.getPath());
            }
            List<String> names = new ArrayList<>();
            for (TruffleFile entry : f.list()) {
                names.add(entry.getName());
            }
            names.sort(Ordering::compareStrings);
            return new AlList(names);
        })));
        m.put("mkdir", r.functionValue("mkdir", 1, 1, (ctx, a, node) -> op(ctx, node, "mkdir", a[0], "mkdir of", "directory made", f -> {
            f.createDirectories();
            return Nil.NIL;
        })));
        m.put("remove", r.functionValue("remove", 1, 1, (ctx, a, node) -> op(ctx, node, "remove", a[0], "removal of", "file removed", f -> {
            f.delete();
            return Nil.NIL;
        })));
        r.module(new StdModule("fs", m, StdSources.lazy("fs")));
    }

    /** File work on a TruffleFile. */
    @FunctionalInterface
    interface FileWork {
        Object run(TruffleFile file) throws IOException;
    }

    /** The future of {@code work} on the file {@code path} names, done off the executor. */
    private static LibraryFuture op(AsyncLangContext ctx, Node node, String function, Object pathValue, String what, String cause, FileWork work) {
        String path = Args.string(function, pathValue, node);
        TruffleFile file;
        try {
            file = ctx.env().getPublicTruffleFile(path);
        } catch (SecurityException e) {
            throw Args.error("file access is not allowed", node);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw Args.error("invalid path: " + Formatter.repr(path), node);
        }
        Callable<Object> call = () -> work.run(file);
        return new LibraryFuture(new Blocking(ctx.executor(), call, e -> error(e, path), what + " " + path, cause), function + "()");
    }

    /** The file as a String; one too large for a String is an error, not a heap filled for nothing. */
    private static String readText(Object path, TruffleFile file) throws IOException {
        boolean regular = file.isRegularFile();
        if (namesDirectory(path) && regular) {
            // "f.txt/" names a directory: the system refuses it, where the JDK's path would drop the slash.
            throw new NotDirectoryException(file.getPath());
        }
        long size = regular ? file.size() : 0;
        if (size > StringAccumulator.MAX_LENGTH) {
            throw new TooLarge(size);
        }
        if (regular && size > 0) {
            return Utf8Lossy.decode(file.readAllBytes());
        }
        // A device, a pipe, a file of /proc: no size to check ahead, and maybe no end.
        try (var in = file.newInputStream()) {
            return BoundedText.read(in);
        } catch (BoundedText.TooLong e) {
            throw new TooLarge(-1);
        }
    }

    /**
     * The lines of {@code text} as Rust's {@code str::lines} cuts them: at "\n" or "\r\n", and a
     * final line ending adds no empty line (a lone "\r" stays in its line).
     */
    static AlList lines(String text) {
        ArrayList<Object> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(text.substring(start));
                break;
            }
            out.add(text.substring(start, nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl));
            start = nl + 1;
        }
        return new AlList(out);
    }

    /** A write to "name/" makes no file "name": as the system says, a path ending in "/" is a directory. */
    private static void refuseDirectoryPath(Object path, TruffleFile file) throws IOException {
        if (namesDirectory(path)) {
            throw new FileSystemException(file.getPath(), null, "Is a directory");
        }
    }

    private static boolean namesDirectory(Object path) {
        return path instanceof String p && (p.endsWith("/") || p.endsWith("/."));
    }

    /** A file larger than a String can be. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long size;

        TooLarge(long size) {
            this.size = size;
        }
    }

    /** A file failure in the contract's words (LANGUAGE.md 5.1). */
    static AlError error(Throwable e, String path) {
        if (e instanceof NoSuchFileException) {
            return new AlError("no such file: " + path);
        } else if (e instanceof AccessDeniedException) {
            return new AlError("permission denied: " + path);
        } else if (e instanceof SecurityException) {
            return new AlError("file access is not allowed");
        } else if (e instanceof DirectoryNotEmptyException) {
            return new AlError("directory not empty: " + path);
        } else if (e instanceof NotDirectoryException) {
            return new AlError("not a directory: " + path);
        } else if (e instanceof FileAlreadyExistsException) {
            return new AlError("file exists: " + path);
        } else if (e instanceof TooLarge t) {
            String size = t.size < 0 ? "goes on past " + BoundedText.LIMIT : "is " + t.size;
            return new AlError("file too large: " + path + " " + size + " bytes, more than a string can hold (" + StringAccumulator.MAX_LENGTH + " characters)");
        }
        // A FileSystemException's message repeats the (absolute) path; its reason is the rest.
        String m = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                        : e.getMessage() == null ? "" : e.getMessage();
        // ELOOP, which the JDK words "Too many levels of symbolic links or unable to access attributes of symbolic link".
        int jdkWords = m.indexOf(" or unable to access attributes of symbolic link");
        if (jdkWords > 0) {
            m = m.substring(0, jdkWords);
        }
        if (m.contains("Is a directory")) {
            return new AlError("is a directory: " + path);
        }
        if (m.contains("Not a directory")) {
            return new AlError("not a directory: " + path);
        }
        if (m.contains("Operation not permitted")) {
            // EPERM: Rust's PermissionDenied too.
            return new AlError("permission denied: " + path);
        }
        return new AlError("cannot access " + path + (m.isEmpty() ? "" : ": " + m.toLowerCase(java.util.Locale.ROOT)));
    }
}
