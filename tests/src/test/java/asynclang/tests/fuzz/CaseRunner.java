package asynclang.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;

/**
 * Runs one fuzz case through the real pipeline (read the file, parse, compile, run) in this JVM,
 * on a worker thread, within a time bound.
 *
 * <p>{@link #launch} is {@code asynclang.launcher.Main.run} line for line
 * ({@link asynclang.launcher.FuzzLaunch}: reading the file, building the Context with the
 * options {@code --virtual-time} gives, turning exceptions into the same report and exit
 * status), with one addition: it hands the Context it builds to the watchdog, so that a case
 * that runs past its bound can be cancelled with {@code Context.close(true)} instead of spinning
 * on in the test JVM. {@code Main.run} gives no such handle. {@code LaunchMirrorTest} checks
 * that both print the same.
 *
 * <p>One difference: the Contexts share one polyglot {@link org.graalvm.polyglot.Engine} (as an
 * embedder running many scripts would), which makes a case about three times cheaper than a
 * fresh engine each. Reproducers are confirmed with {@code ./asynclang} before they are filed.
 */
final class CaseRunner {

    /**
     * What one case did. {@code stdout}/{@code stderr} are capped at {@link #CAP} bytes each. A case
     * stopped because it held most of the heap counts as timed out, with {@code heapFull}.
     */
    record Outcome(String stdout, String stderr, int exit, boolean timedOut, boolean stuck, Throwable escaped, long millis, Throwable internal, boolean heapFull) {
        Outcome(String stdout, String stderr, int exit, boolean timedOut, boolean stuck, Throwable escaped, long millis) {
            this(stdout, stderr, exit, timedOut, stuck, escaped, millis, null, false);
        }
    }

    static final int CAP = 1 << 20;
    static final String TRUNCATED = "\n[output truncated by the fuzzer]\n";

    /** How long a cancelled case may take to stop before it counts as stuck. */
    static final long CANCEL_GRACE_MILLIS = 10_000;

    /** Worker threads that ran past their bound and did not stop when their Context was cancelled. */
    static final AtomicInteger STUCK = new AtomicInteger();

    /**
     * Without Truffle compilation: in this JVM (set up unlike the launcher's: C2 for host code), a
     * compiled recursion that catches its own stack overflow at every level grew the process by
     * gigabytes of native memory within seconds until the kernel killed the test run; the same
     * script under ./asynclang stays at ~200 MB. The fuzzer looks for front-end and runtime faults;
     * compiled code is covered by the golden scripts and the compilation tests.
     */
    static final org.graalvm.polyglot.Engine ENGINE = org.graalvm.polyglot.Engine.newBuilder("asynclang").allowExperimentalOptions(true).option("engine.Compilation", "false").build();
    private static final AtomicInteger IDS = new AtomicInteger();

    private final Path dir;
    private final long boundMillis;

    CaseRunner(Path dir, long boundMillis) {
        this.dir = dir;
        this.boundMillis = boundMillis;
        // Each case's directory is deleted after it; the parent goes at exit, once empty.
        dir.toFile().deleteOnExit();
    }

    /**
     * Writes {@code source} to {@code case.al} in a fresh directory (with a copy of {@code lib} as
     * {@code _lib} beside it, if given, for scripts that import modules) and runs it with
     * {@code --virtual-time}, or with {@code --explain} (compile only) if {@code explain}.
     */
    Outcome run(byte[] source, Path lib, boolean explain) {
        Path caseDir = dir.resolve("c" + IDS.incrementAndGet());
        Path file = caseDir.resolve("case.al");
        try {
            Files.createDirectories(caseDir);
            Files.write(file, source);
            if (lib != null) {
                Files.createDirectories(caseDir.resolve("_lib"));
                try (var libs = Files.list(lib)) {
                    for (Path p : libs.toList()) {
                        Files.copy(p, caseDir.resolve("_lib").resolve(p.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return runFile(new String[] {explain ? "--explain" : "--virtual-time", file.toString()});
        } finally {
            deleteQuietly(caseDir);
        }
    }

    private Outcome runFile(String[] args) {
        CappedStream out = new CappedStream();
        CappedStream err = new CappedStream();
        AtomicReference<Context> context = new AtomicReference<>();
        AtomicReference<Throwable> internal = new AtomicReference<>();
        int[] status = {-1};
        Throwable[] escaped = {null};
        long start = System.nanoTime();
        Thread worker = new Thread(() -> {
            try {
                status[0] = launch(args, new ByteArrayInputStream(new byte[0]), out, err, context, internal);
            } catch (Throwable t) {
                // What would escape Main.run (an Error such as StackOverflowError): the real
                // launcher would die with a JVM stack trace.
                escaped[0] = t;
            }
        }, "fuzz-case");
        worker.setDaemon(true);
        worker.start();
        boolean heapFull = false;
        long until = start + boundMillis * 1_000_000;
        while (worker.isAlive() && System.nanoTime() - until < 0) {
            join(worker, 20);
            if (worker.isAlive() && heapNearlyFull()) {
                heapFull = true;
                break;
            }
        }
        boolean timedOut = worker.isAlive();
        boolean stuck = false;
        if (timedOut) {
            Context c = context.get();
            if (c != null) {
                // close(true) waits for the worker to reach a safepoint, which it never does if it
                // is stuck outside guest code (in the parser, say): cancel from a thread of its own.
                Thread canceller = new Thread(() -> {
                    try {
                        c.close(true);
                    } catch (RuntimeException ignored) {
                        // best effort; the worker is checked below
                    }
                }, "fuzz-cancel");
                canceller.setDaemon(true);
                canceller.start();
            }
            // Cancelling unwinds the whole stack, and Truffle records the host stack of the
            // cancel once on its way: at a deep recursion's tens of thousands of frames, seconds.
            if (!join(worker, CANCEL_GRACE_MILLIS)) {
                stuck = true;
                STUCK.incrementAndGet();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        synchronized (out) {
            synchronized (err) {
                return new Outcome(out.text(), err.text(), timedOut ? -1 : status[0], timedOut, stuck, timedOut ? null : escaped[0], millis, internal.get(), heapFull);
            }
        }
    }

    /**
     * The memory bound: the cases share this JVM's heap, so one that fills it (a list grown without
     * end) would end the whole run with an OutOfMemoryError. When more than 60% of the heap is in
     * use, a collection decides: if half of it is still live, the case is stopped.
     */
    private static boolean heapNearlyFull() {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        if (rt.totalMemory() - rt.freeMemory() < max / 10 * 6) {
            return false;
        }
        System.gc();
        return rt.totalMemory() - rt.freeMemory() >= max / 2;
    }

    private static boolean join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }

    /** {@code Main.run}, with a handle on the Context it builds: {@link asynclang.launcher.FuzzLaunch}. */
    static int launch(String[] args, InputStream in, OutputStream out, OutputStream err, AtomicReference<Context> handle) {
        return launch(args, in, out, err, handle, new AtomicReference<>());
    }

    static int launch(String[] args, InputStream in, OutputStream out, OutputStream err, AtomicReference<Context> handle, AtomicReference<Throwable> internal) {
        return asynclang.launcher.FuzzLaunch.run(args, in, out, err, ENGINE, handle, internal);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a script may still hold it; the temp directory goes at exit
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** Keeps the first {@link #CAP} bytes: a generated program that prints without end must not fill the heap. */
    static final class CappedStream extends OutputStream {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private boolean truncated;

        @Override
        public synchronized void write(int b) {
            if (bytes.size() < CAP) {
                bytes.write(b);
            } else {
                truncated = true;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = CAP - bytes.size();
            if (len > room) {
                truncated = true;
            }
            bytes.write(b, off, Math.max(0, Math.min(len, room)));
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8) + (truncated ? TRUNCATED : "");
        }
    }
}
