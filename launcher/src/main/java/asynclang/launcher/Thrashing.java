package asynclang.launcher;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Watches for a heap that is full in all but name, as the parallel collector's GC overhead
 * limit does (the serial collector, the launcher's, has none): {@link #STREAK} collections of
 * the old generation in a row each left it at least {@link #FULL} full, and collecting took
 * {@link #GC_SHARE} of the time since the first of them. Then the run ends with the
 * out-of-memory report ({@link OutOfMemory#reportThrashing}).
 * <p>
 * It looks every {@link #POLL_MILLIS} ms at how full the heap is by {@link Runtime}, which costs
 * nothing; the management beans are loaded only once the heap is 90% used, so a process that
 * never comes near its limit (a server, say) does not carry them.
 */
final class Thrashing {

    static final long POLL_MILLIS = 100;
    static final double FULL = 0.95;
    static final double GC_SHARE = 0.9;
    static final int STREAK = 2;

    private MemoryPoolMXBean old;
    private GarbageCollectorMXBean oldCollector;
    private List<GarbageCollectorMXBean> collectors;

    private long collectionsSeen = -1;
    private int streak;
    private long streakStart;
    private long gcMillisAtStart;

    void watch() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        while (true) {
            Thread.sleep(POLL_MILLIS);
            if (old == null) {
                if (rt.totalMemory() - rt.freeMemory() < rt.maxMemory() / 10 * 9) {
                    continue;
                }
                if (!findBeans()) {
                    return;
                }
            }
            long collections = oldCollector.getCollectionCount();
            if (collections == collectionsSeen) {
                continue;
            }
            collectionsSeen = collections;
            if (!oldGenerationStaysFull()) {
                streak = 0;
                continue;
            }
            long now = System.nanoTime();
            long gcMillis = gcMillis();
            if (streak++ == 0) {
                // The streak's time is counted from the end of its first collection.
                streakStart = now;
                gcMillisAtStart = gcMillis;
            } else if (streak >= STREAK && (gcMillis - gcMillisAtStart) * 1_000_000.0 >= GC_SHARE * (now - streakStart)) {
                OutOfMemory.reportThrashing();
            }
        }
    }

    /** The old generation: the heap pool with the largest limit, and the collector that empties it. */
    private boolean findBeans() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && pool.getUsage().getMax() > 0
                            && (old == null || pool.getUsage().getMax() > old.getUsage().getMax())) {
                old = pool;
            }
        }
        collectors = ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean c : collectors) {
            if (old != null && List.of(c.getMemoryPoolNames()).contains(old.getName())
                            && (oldCollector == null || c.getMemoryPoolNames().length > oldCollector.getMemoryPoolNames().length)) {
                oldCollector = c;
            }
        }
        return old != null && oldCollector != null;
    }

    /** Whether the old generation's last collection left it at least {@link #FULL} full. */
    private boolean oldGenerationStaysFull() {
        MemoryUsage after = old.getCollectionUsage();
        long max = old.getUsage().getMax();
        return after != null && max > 0 && after.getUsed() >= max * FULL;
    }

    private long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean c : collectors) {
            total += Math.max(0, c.getCollectionTime());
        }
        return total;
    }
}
