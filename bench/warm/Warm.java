// Warm-mode harness for Java: runs one workload ITERS times in this one JVM and prints, per
// iteration, "NANOS RESULT". usage: java Warm.java WORKLOAD N ITERS [EXPECTED]
// With EXPECTED, every iteration's result must print as EXPECTED, else exit 1.
// The workloads are copied from ../shared/bench/peers/java/Bench.java (whose main is one
// switch, so it cannot be called per workload); keep them in step with it. No chain.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedTransferQueue;

public class Warm {
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static CompletableFuture<Long> afib(int n) {
        if (n < 2) return CompletableFuture.completedFuture((long) n);
        return afib(n - 1).thenCompose(a -> afib(n - 2).thenApply(b -> a + b));
    }

    static Object run(String work, int count) throws Exception {
        return switch (work) {
            case "fib" -> fib(count);
            case "async_fib" -> afib(count).join();
            case "spawn_join" -> {
                try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
                    List<Future<Long>> fs = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        final long v = i;
                        fs.add(ex.submit(() -> { Thread.yield(); return v * 2; }));
                    }
                    long sum = 0;
                    for (Future<Long> f : fs) sum += f.get();
                    yield sum;
                }
            }
            case "sleep_many" -> {
                try (var ex = Executors.newVirtualThreadPerTaskExecutor()) {
                    List<Future<Integer>> fs = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        final int ms = i % 1000;
                        fs.add(ex.submit(() -> { Thread.sleep(ms); return 1; }));
                    }
                    long sum = 0;
                    for (Future<Integer> f : fs) sum += f.get();
                    yield sum;
                }
            }
            case "ping_pong" -> {
                var ping = new LinkedTransferQueue<Long>();
                var pong = new LinkedTransferQueue<Long>();
                Thread peer = Thread.ofVirtual().start(() -> {
                    try {
                        for (;;) { long v = ping.take(); if (v < 0) return; pong.put(v + 1); }
                    } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                });
                long c = 0;
                for (int i = 0; i < count; i++) { ping.put(c); c = pong.take(); }
                ping.put(-1L);
                peer.join();
                yield c;
            }
            case "string_build" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < count; i++) sb.append("ab");
                yield sb.length();
            }
            default -> null;
        };
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || run(args[0], 0) == null) {
            System.err.println("usage: java Warm.java WORKLOAD N ITERS [EXPECTED]; WORKLOAD one of "
                    + "fib async_fib spawn_join sleep_many ping_pong string_build");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]), iters = Integer.parseInt(args[2]);
        String expected = args.length > 3 ? args[3] : null;
        String warm = System.getenv("WARM_SECONDS");
        long warmNs = warm == null ? 0 : (long) (Double.parseDouble(warm) * 1e9);
        long start = System.nanoTime();
        int k = 0;
        while (System.nanoTime() - start < warmNs) {
            iteration(args[0], n, expected, "warmup ", ++k);
        }
        for (int i = 0; i < iters; i++) {
            iteration(args[0], n, expected, "", ++k);
        }
    }

    private static void iteration(String work, int n, String expected, String prefix, int k) throws Exception {
        long t = System.nanoTime();
        Object r = run(work, n);
        long ns = System.nanoTime() - t;
        System.out.println(prefix + ns + " " + r);
        if (expected != null && !String.valueOf(r).equals(expected)) {
            System.err.println("iteration " + k + ": result " + r + ", expected " + expected);
            System.exit(1);
        }
    }
}
