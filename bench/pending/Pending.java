// Memory per pending task (see pending.al), with virtual threads.
// usage: java Pending.java [N] [HOLD_MS]
import java.util.concurrent.CountDownLatch;

public class Pending {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long hold = args.length > 1 ? Long.parseLong(args[1]) : 0;
        var started = new CountDownLatch(n);
        var threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            threads[i] = Thread.ofVirtual().start(() -> {
                started.countDown();
                try { Thread.sleep(3_600_000); } catch (InterruptedException e) { return; }
            });
        }
        started.await();
        Thread.sleep(100); // let the last ones reach sleep()
        int pending = 0;
        for (Thread t : threads) if (t.isAlive()) pending++;
        if (hold > 0) { System.err.println("ready"); Thread.sleep(hold); }
        System.out.println(pending);
        System.exit(0);
    }
}
