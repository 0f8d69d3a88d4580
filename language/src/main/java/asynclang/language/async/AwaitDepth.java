package asynclang.language.async;

/**
 * How deep a chain of awaiting async functions may grow before the await that would go deeper
 * fails with {@code stack overflow}. Each level holds a suspended frame on the heap (measured:
 * about {@value #BYTES_PER_LEVEL} bytes for a small function), so the bound follows the heap
 * limit (a chain may use at most a quarter of it, leaving room for the rest of the program and the JIT compiler), and it is capped so that runaway recursion fails
 * within seconds: a 1,000,000-deep chain is legitimate, {@value #CAP} levels are not.
 */
final class AwaitDepth {

    static final long BYTES_PER_LEVEL = 400;

    static final int CAP = 1_100_000;

    static final int MAX = (int) Math.max(10_000, Math.min(CAP, Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_LEVEL));

    private AwaitDepth() {
    }
}
