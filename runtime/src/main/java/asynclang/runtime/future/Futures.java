package asynclang.runtime.future;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;

/** Helpers the combinators share. */
final class Futures {

    private Futures() {
    }

    /** Cancels every future still in {@code futures} and forgets it; the first failure a cancel raised, or null. */
    static Failure cancelAll(Future[] futures) {
        Failure first = null;
        for (int i = 0; i < futures.length; i++) {
            if (futures[i] != null) {
                Failure f = futures[i].cancel();
                if (first == null) {
                    first = f;
                }
                futures[i] = null;
            }
        }
        return first;
    }
}
