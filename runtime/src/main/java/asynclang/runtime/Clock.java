package asynclang.runtime;

/** The executor's time source, in nanoseconds from an arbitrary origin. */
public interface Clock {

    long nanoTime();

    /** Whether time moves only when the executor advances it (see {@link VirtualClock}). */
    default boolean isVirtual() {
        return false;
    }

    static Clock real() {
        long origin = System.nanoTime();
        return () -> System.nanoTime() - origin;
    }
}
