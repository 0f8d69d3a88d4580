package asynclang.runtime;

/** The executor's time source, in nanoseconds from an arbitrary origin. */
public interface Clock {

    long nanoTime();

    /** Whether time moves only when the executor advances it. */
    default boolean isVirtual() {
        return false;
    }

    /** Monotonic real time, starting at zero now. */
    static Clock real() {
        long origin = System.nanoTime();
        return () -> System.nanoTime() - origin;
    }
}
