package asynclang.language.async;

import asynclang.language.errors.AlException;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/** Polls a child future; an error raised inside the poll becomes its failed output. */
final class Polling {

    private Polling() {
    }

    static Object poll(Future f, Waker waker) {
        try {
            return f.poll(waker);
        } catch (AlException e) {
            return new Failure(e);
        }
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
