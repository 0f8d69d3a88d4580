package bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The embedding measurements of issue 12, run by bench/embedding/run: host-to-guest call
 * throughput (asynclang beside GraalJS, same harness), the latency from a host thread completing
 * a CompletableFuture to the awaiting task running again, and close(true) during a sleep.
 */
public final class EmbeddingBench {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("host-to-guest calls (%,d calls of a one-line fn, warm; best of 5 rounds after 5 warm-up rounds)%n", calls);
        System.out.printf("  asynclang  %6.1f ns/call%n", callCost("asynclang", "|x| x + 1", calls));
        System.out.printf("  GraalJS    %6.1f ns/call%n", callCost("js", "(x) => x + 1", calls));
        completionLatency(2000);
        closeLatency(10);
    }

    private static double callCost(String language, String function, int calls) {
        try (Context c = Context.newBuilder(language).build()) {
            Value f = c.eval(language, function);
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 10; round++) {
                long t0 = System.nanoTime();
                long sum = 0;
                for (int i = 0; i < calls; i++) {
                    sum += f.execute(i).asLong();
                }
                long t = System.nanoTime() - t0;
                if (sum == 42) {
                    System.out.println();
                }
                if (round >= 5) {
                    best = Math.min(best, (double) t / calls);
                }
            }
            return best;
        }
    }

    /** A host thread completes a future with its nanoTime; the awaiting task reports when it runs. */
    private static void completionLatency(int samples) {
        ScheduledExecutorService completer = Executors.newSingleThreadScheduledExecutor();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (Context c = Context.newBuilder("asynclang").allowHostAccess(HostAccess.ALL).build()) {
            Value b = c.getBindings("asynclang");
            b.putMember("next", (Supplier<CompletableFuture<Long>>) () -> {
                CompletableFuture<Long> f = new CompletableFuture<>();
                completer.schedule(() -> f.complete(System.nanoTime()), 200, TimeUnit.MICROSECONDS);
                return f;
            });
            b.putMember("record", (LongConsumer) t0 -> latencies.add(System.nanoTime() - t0));
            c.eval("asynclang", "for i in 0.." + samples + " { let t0 = next().await; record(t0); }");
        } finally {
            completer.shutdown();
        }
        List<Long> sorted = new ArrayList<>(latencies.subList(samples / 4, samples));
        Collections.sort(sorted);
        System.out.printf("CompletableFuture completed on a host thread -> awaiting task resumes (%d samples after %d warm-up)%n", sorted.size(), samples / 4);
        System.out.printf("  median %6.1f us, p99 %6.1f us%n", sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() * 99 / 100) / 1000.0);
    }

    /** close(true) while the context's thread waits in sleep(10s). */
    private static void closeLatency(int trials) throws Exception {
        List<Long> closes = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            Context c = Context.newBuilder("asynclang").build();
            long[] endedAt = new long[1];
            Thread runner = new Thread(() -> {
                try {
                    c.eval("asynclang", "sleep(10s).await;");
                } catch (RuntimeException e) {
                    endedAt[0] = System.nanoTime();
                }
            });
            runner.start();
            Thread.sleep(200);
            long t0 = System.nanoTime();
            c.close(true);
            closes.add(System.nanoTime() - t0);
            runner.join();
            ends.add(endedAt[0] - t0);
        }
        Collections.sort(closes);
        Collections.sort(ends);
        System.out.printf("close(true) during sleep(10s) (%d trials): close returns after median %.1f ms (max %.1f), the evaluation ends after median %.1f ms (max %.1f)%n",
                        trials, closes.get(trials / 2) / 1e6, closes.get(trials - 1) / 1e6, ends.get(trials / 2) / 1e6, ends.get(trials - 1) / 1e6);
    }

    private EmbeddingBench() {
    }
}
