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
        String m = e.getMessage();
        return m != null && (m.contains("Java heap space") || m.contains("GC overhead limit") || m.contains("OutOfMemoryError")) || heapRanFull();
    }

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

    static int report(Context context, Throwable e, PrintStream errors, boolean debug) {
        boolean stack = e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("stack overflow");
        // Let the heap go before doing anything else: the context and its tasks are dropped,
        // not cancelled (cancelling would run script code on a full heap).
        try {
            context.close(true);
        } catch (RuntimeException | OutOfMemoryError | LinkageError ignored) {
            // Closing a context that ran out of memory may fail too (a class whose initialization
            // the full heap broke, say); the report below is what matters.
        }
        if (debug) {
            e.printStackTrace(errors);
        }
        if (stack) {
            errors.println("error: stack overflow (the program nested too deeply; raise the stack with --vm.Xss512m)");
            return 1;
        }
        long limit = heapLimit();
        // No `+` on strings from here on: a concatenation not run before is linked now, through
        // JDK classes whose initialization may have failed while the heap was full (then every
        // new concatenation throws NoClassDefFoundError). StringBuilder needs no linking.
        errors.println(new StringBuilder("error: out of memory (the heap limit is ").append(size(limit))
                        .append("; raise it with --vm.Xmx").append(size(limit * 2)).append(')'));
        errors.flush();
        return 1;
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
