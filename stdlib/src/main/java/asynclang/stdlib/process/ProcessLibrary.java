package asynclang.stdlib.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.io.TruffleProcessBuilder;

import asynclang.language.AsyncLangContext;
import asynclang.language.async.LibraryFuture;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.library.StdModule;
import asynclang.language.values.AlError;
import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.io.Blocking;
import asynclang.stdlib.Args;
import asynclang.stdlib.utf8.BoundedText;

/**
 * {@code import std.process;} (LANGUAGE.md 5.4). {@code run} starts a command without a shell
 * through Truffle's process builder (so the embedder's {@code allowCreateProcess} applies) and
 * waits for it on the blocking pool; its standard output and error are read at the same time,
 * on their own threads, so a child that writes a lot to both cannot block on a full pipe.
 */
public final class ProcessLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.functionValue("run", 1, 2, (ctx, a, node) -> {
            String cmd = Args.string("run", a[0], node);
            List<String> command = new ArrayList<>();
            command.add(cmd);
            if (a.length == 2) {
                if (!(a[1] instanceof AlList list)) {
                    throw Args.error("run expects a list of arguments, got " + Types.typeName(a[1]), node);
                }
                for (Object arg : list.items) {
                    if (!(arg instanceof String text)) {
                        throw Args.error("run expects string arguments, got " + Types.typeName(arg) + " in the list", node);
                    }
                    command.add(text);
                }
            }
            if (!ctx.env().isCreateProcessAllowed()) {
                throw Args.error("process creation is not allowed", node);
            }
            TruffleProcessBuilder builder = ctx.env().newProcessBuilder(command.toArray(String[]::new));
            Child child = new Child(builder, ctx);
            Blocking work = new Blocking(ctx.executor(), child::run, e -> error(e, cmd), "process " + cmd, "process exited").onCancel(child::kill);
            return new LibraryFuture(work, "run()");
        }));
        m.put("env", r.functionValue("env", 1, 1, (ctx, a, node) -> {
            String value = ctx.env().getEnvironment().get(Args.string("env", a[0], node));
            return value == null ? Nil.NIL : value;
        }));
        r.module(new StdModule("process", m, null));
    }

    /** Threads that drain children's output: one per stream, so neither can wait on the other. */
    private static final ExecutorService DRAINS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "asynclang-process-output");
        t.setDaemon(true);
        return t;
    });

    /**
     * One {@code run}: the child, started on the blocking pool, and killed if the future is
     * cancelled (a timeout, a select, the task aborted, the program ending), as Tokio's
     * {@code kill_on_drop(true)}: a child nobody waits for is not left running, and a context
     * cannot close while one of its children lives.
     */
    private static final class Child {
        private final TruffleProcessBuilder builder;
        private final AsyncLangContext context;
        private Process process;
        private boolean killed;

        Child(TruffleProcessBuilder builder, AsyncLangContext context) {
            this.builder = builder;
            this.context = context;
        }

        Object run() throws Exception {
            // exit(code) drops tasks without cancelling them: the child is killed then too.
            Runnable kill = this::kill;
            context.endAtExit(kill);
            try {
                Process p;
                synchronized (this) {
                    if (killed) {
                        return Nil.NIL;
                    }
                    p = builder.start();
                    process = p;
                }
                return collect(p);
            } finally {
                context.forgetAtExit(kill);
            }
        }

        private static Object collect(Process p) throws Exception {
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p, p.getInputStream(), "stdout"), DRAINS);
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p, p.getErrorStream(), "stderr"), DRAINS);
            int code = p.waitFor();
            AlMap result = new AlMap();
            result.put("code", (long) code);
            try {
                result.put("stdout", out.join());
                result.put("stderr", err.join());
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof OutputTooLong tooLong) {
                    throw tooLong;
                }
                throw e;
            }
            return result;
        }

        /**
         * Kills the child and waits for it to go. Its own children are left, as Tokio's
         * {@code kill_on_drop} leaves them: Truffle's process wrapper has no pid or handle to find
         * them by. Nobody waits on their output any more (the run's work is dropped at once).
         */
        void kill() {
            Process p;
            synchronized (this) {
                killed = true;
                p = process;
            }
            if (p != null) {
                p.destroyForcibly();
                try {
                    p.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** How long a cancel waits for a killed child to be gone (SIGKILL: at once, in practice). */
    private static final long KILL_WAIT_SECONDS = 5;

    /** One output stream of the child, whole; a child that writes more than a string holds is killed. */
    private static String drain(Process p, InputStream in, String stream) {
        try (in) {
            return BoundedText.read(in);
        } catch (BoundedText.TooLong e) {
            p.destroyForcibly();
            throw new OutputTooLong(stream);
        } catch (IOException e) {
            return "";
        }
    }

    /** A child's output past what a string holds. */
    private static final class OutputTooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String stream;

        OutputTooLong(String stream) {
            super(null, null, false, false);
            this.stream = stream;
        }
    }

    private static AlError error(Throwable e, String cmd) {
        if (e instanceof SecurityException) {
            return new AlError("process creation is not allowed");
        }
        String m = String.valueOf(e.getMessage());
        if (e instanceof IOException && (m.contains("error=13") || m.contains("Permission denied"))) {
            return new AlError("permission denied: " + cmd);
        }
        if (e instanceof IOException && (m.contains("error=7,") || m.contains("Argument list too long"))) {
            // E2BIG: the arguments (with the environment) are more than the system passes to a program.
            return new AlError("cannot run " + cmd + ": argument list too long");
        }
        if (e instanceof IOException && (m.contains("error=2,") || m.contains("No such file"))) {
            return new AlError("no such command: " + cmd);
        }
        if (e instanceof OutputTooLong t) {
            return new AlError("output too large: " + cmd + " wrote more than " + BoundedText.LIMIT + " bytes to " + t.stream + ", more than a string can hold");
        }
        if (m.contains("null character") || m.contains("NUL character")) {
            boolean inCommand = cmd.indexOf('\0') >= 0;
            return new AlError("cannot run " + (inCommand ? Formatter.repr(cmd) + ": the command" : cmd + ": an argument") + " contains a NUL character");
        }
        // The system's reason, as the JDK quotes it ("error=20, Not a directory" or "error: 20
        // (Not a directory)"), in lower case.
        java.util.regex.Matcher reason = OS_REASON.matcher(m);
        if (reason.find()) {
            String text = reason.group(1) != null ? reason.group(1) : reason.group(2);
            return new AlError("cannot run " + cmd + ": " + text.toLowerCase(java.util.Locale.ROOT));
        }
        return new AlError("cannot run " + cmd);
    }

    private static final java.util.regex.Pattern OS_REASON = java.util.regex.Pattern.compile("error=\\d+, (.+)$|error: \\d+ \\((.+)\\)");
}
