package asynclang.language.errors;

import com.oracle.truffle.api.Truffle;

/**
 * The first walk of a Truffle stack initializes classes of the optimizing runtime, and may
 * wait for the Graal compiler, which starts in the background at the same time: 0.4-35 ms that
 * no script's start should pay. It is done once per process on a daemon thread instead. A
 * stack overflow is the one moment it must be over: initializing a class with no stack left
 * fails, and every later use of the class with it. So the overflow path waits for it first
 * ({@link #awaitDone}); waiting takes almost no stack, and the walk is long done by the time a
 * script has recursed that deep.
 */
public final class StackWalkWarmUp {

    private static volatile Thread walker;
    private static volatile boolean done;

    private StackWalkWarmUp() {
    }

    /** Starts the walk (once per process). */
    public static synchronized void start() {
        if (walker == null) {
            Thread t = new Thread(() -> {
                Truffle.getRuntime().iterateFrames(frame -> frame);
                done = true;
            }, "asynclang stack-walk warm-up");
            t.setDaemon(true);
            walker = t;
            t.start();
        }
    }

    /** Returns once the walk is over (at once, nearly always). */
    public static void awaitDone() {
        Thread t = walker;
        if (done || t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            // Interrupted (a context being closed): go on without it.
            Thread.currentThread().interrupt();
        }
    }
}
