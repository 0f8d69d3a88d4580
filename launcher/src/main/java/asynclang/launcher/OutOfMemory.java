package asynclang.launcher;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * Heap exhaustion, reported as LANGUAGE.md section 7 asks: one line naming the real limit and
 * how to raise it, exit status 1, nothing else. A stack exhausted outside asynclang code (where
 * the language cannot turn it into its catchable {@code stack overflow}) is said plainly too.
 */
final class OutOfMemory {

    private OutOfMemory() {
    }

    /**
     * Whether the heap running out is behind an internal error: said in its message, or the
     * heap ran full. The Graal compiler shares the heap; when it fails to start on a full heap,
     * Truffle reports "Compiler initialization failed", which names no heap.
     */
    static boolean isCause(PolyglotException e) {
        return saysHeap(e) || causedByFullHeap(e) || heapRanFull();
    }

    /**
     * Whether an OutOfMemoryError is among the exception's causes: the compiler thread's, behind
     * Truffle's "Compiler initialization failed" AssertionError. The polyglot exception shows its
     * internal causes only in its printed trace, so that is what is read.
     */
    private static boolean causedByFullHeap(PolyglotException e) {
        try {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return trace.toString().contains("java.lang.OutOfMemoryError");
        } catch (OutOfMemoryError full) {
            return true;
        }
    }

    /** Whether the exception's own message says the heap ran out. */
    static boolean saysHeap(PolyglotException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Java heap space") || m.contains("GC overhead limit") || m.contains("OutOfMemoryError"));
    }

    /** The report's line: the one made in advance (see {@link #prepare}), else made now. */
    static String line() {
        String line = prepared;
        return line != null ? line : message(heapLimit());
    }

    /**
     * Whether a heap that is full in all but name ends the process ({@link Thrashing}); the REPL
     * turns it off: a session is worth more than the seconds, and Ctrl-C stops the input.
     */
    static volatile boolean endOnThrashing = true;

    /**
     * Whether the heap's largest pool (the old generation, where a script's data ends up) was
     * at its limit at some point: its peak use, not its use now, since what failed may have
     * let go of what it held.
     */
    private static boolean heapRanFull() {
        try {
            MemoryPoolMXBean largest = null;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getUsage().getMax() > 0
                                && (largest == null || pool.getUsage().getMax() > largest.getUsage().getMax())) {
                    largest = pool;
                }
            }
            return largest != null && largest.getPeakUsage().getUsed() >= largest.getUsage().getMax() / 100 * 95;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Whether a report was made: the JVM then exits without running anything more (see Main). */
    static volatile boolean reported;

    static int report(Context context, Throwable e, PrintStream errors, boolean debug) {
        reported = true;
        boolean stack = false;
        try {
            stack = e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("stack overflow");
        } catch (OutOfMemoryError full) {
            // Making the message needed memory: the heap it is, then.
        }
        // Let the heap go before doing anything else: the context and its tasks are dropped,
        // not cancelled (cancelling would run script code on a full heap).
        try {
            context.close(true);
        } catch (RuntimeException | OutOfMemoryError | LinkageError ignored) {
            // Closing a context that ran out of memory may fail too (a class whose initialization
            // the full heap broke, say); the report below is what matters.
        }
        if (debug) {
            try {
                e.printStackTrace(errors);
            } catch (OutOfMemoryError full) {
                // The report below is what matters.
            }
        }
        if (stack) {
            errors.println("error: stack overflow (the program nested too deeply; raise the stack with --vm.Xss512m)");
            return 1;
        }
        return reportHeap(errors);
    }

    /**
     * The heap line alone; also for an OutOfMemoryError that escaped the command's own handling
     * (thrown while it looked at the failure), which {@link Main#main} catches. The heap may
     * still be full (closing can fail on it, and then the script's data stays): the line was made
     * in advance when the script ran long enough (see prepare), and printing it is tried again
     * once the collector has had a go. Returns the exit status.
     */
    static int reportHeap(PrintStream errors) {
        reported = true;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                errors.println(line());
                errors.flush();
                return 1;
            } catch (OutOfMemoryError again) {
                System.gc();
            }
        }
        return 1;
    }

    /** The report's line, made ahead of need (see {@link #prepare}); null until then. */
    private static volatile String prepared;

    /**
     * Makes the report's line on a daemon thread a second after start-up, so that a script that
     * exhausts the heap later gets it without the management classes having to load on a full
     * heap (which failed, and the error went unreported). A short script never pays for it.
     */
    static void prepare() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(1000);
                long limit = heapLimitGiven();
                if (limit > 0) {
                    prepared = message(limit);
                }
            } catch (InterruptedException | RuntimeException | LinkageError | OutOfMemoryError e) {
                // The report makes the line itself then.
            }
            try {
                new Thrashing().watch();
            } catch (InterruptedException | RuntimeException | LinkageError | OutOfMemoryError e) {
                // Then only the JVM's own OutOfMemoryError reports a full heap.
            }
        }, "asynclang-oom-report");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The report for a heap that is full without the JVM saying so: the serial collector throws
     * OutOfMemoryError only when a collection cannot make room for one allocation, so a script
     * filling its heap with small objects went on for minutes (256 MB: 35 s, 512 MB: 2 min) doing
     * back-to-back full collections that each freed a few kilobytes. Made on the watching thread,
     * from the line prepared in advance; the JVM stops at once (the main thread is still running).
     */
    static void reportThrashing() {
        if (!endOnThrashing) {
            return;
        }
        reported = true;
        ScriptOutput.flush();
        System.err.println(line());
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    /**
     * No `+` on strings here: a concatenation not run before is linked when first run, through
     * JDK classes whose initialization may have failed while the heap was full (then every new
     * concatenation throws NoClassDefFoundError). StringBuilder needs no linking.
     */
    private static String message(long limit) {
        return new StringBuilder("error: out of memory (the heap limit is ").append(size(limit))
                        .append("; raise it with --vm.Xmx").append(size(limit * 2)).append(')').toString();
    }

    /**
     * The heap limit given on the JVM's command line ({@code -Xmx}, {@code -XX:MaxHeapSize}),
     * read from /proc (a small file; the management classes would add ~1 MB to every process
     * that runs a second, a server's included); 0 when none was given or it cannot be read.
     */
    static long heapLimitGiven() {
        try {
            byte[] raw = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline"));
            long limit = 0;
            for (String arg : new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\0")) {
                String value = arg.startsWith("-Xmx") ? arg.substring(4) : arg.startsWith("-XX:MaxHeapSize=") ? arg.substring(16) : null;
                if (value != null) {
                    limit = parseSize(value);
                }
            }
            return limit;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** {@code 64m}, {@code 4g}, {@code 1048576}: a JVM size option's value in bytes. */
    static long parseSize(String value) {
        char unit = Character.toLowerCase(value.charAt(value.length() - 1));
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        String digits = shift == 0 ? value : value.substring(0, value.length() - 1);
        return Long.parseLong(digits) << shift;
    }

    /** The heap limit the JVM was given (-Xmx, or its default). */
    static long heapLimit() {
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Long.parseLong(bean.getVMOption("MaxHeapSize").getValue());
        } catch (RuntimeException | LinkageError e) {
            return Runtime.getRuntime().maxMemory();
        }
    }

    /** {@code 4g}, {@code 128m}, {@code 1536m}: the way -Xmx is written. */
    static String size(long bytes) {
        long mib = Math.max(1, (bytes + (1 << 19)) >> 20);
        return mib % 1024 == 0 ? Long.toString(mib / 1024).concat("g") : Long.toString(mib).concat("m");
    }
}
