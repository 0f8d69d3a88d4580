package asynclang.runtime.future;

import asynclang.runtime.Future;

/** Helpers the combinators share. */
final class Futures {

    private Futures() {
    }

    /** Cancels every future still in {@code futures} and forgets it. */
    static void cancelAll(Future[] futures) {
        for (int i = 0; i < futures.length; i++) {
            if (futures[i] != null) {
                futures[i].cancel();
                futures[i] = null;
            }
        }
    }
}
