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
 *
 * <p>The same thread initializes Truffle's wrapper of host exceptions, whose first use can
 * come at a stack overflow too: a script calling a Java function that calls the script back,
 * without end, overflows in Java code, and Truffle wraps the error. Initialized there, the class
 * failed, and every later host exception in the process was "NoClassDefFoundError: Could not
 * initialize class ...HostExceptionGen" (found in the embedding audit of stop 33).
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
                initialize("com.oracle.truffle.host.HostException");
                initialize("com.oracle.truffle.host.HostExceptionGen");
                done = true;
            }, "asynclang stack-walk warm-up");
            t.setDaemon(true);
            walker = t;
            t.start();
        }
    }

    private static void initialize(String className) {
        try {
            Class.forName(className, true, Truffle.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // Another Truffle version, without the class: nothing to do ahead of time.
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
