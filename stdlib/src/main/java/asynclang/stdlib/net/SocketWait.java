package asynclang.stdlib.net;

import asynclang.language.async.AwaitOnceFuture;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;
import asynclang.runtime.io.Reactor;

/**
 * A socket future that waits for readiness at most once at a time: each poll first drops the
 * wait of the previous poll ({@link #stopWaiting}), and cancelling the future drops it too.
 */
abstract class SocketWait extends AwaitOnceFuture {

    private final Reactor.Registration registration;
    private Reactor.Registration.Waiter waiting;

    SocketWait(Reactor.Registration registration) {
        this.registration = registration;
    }

    /** Called at the start of every poll. */
    final void stopWaiting() {
        registration.cancel(waiting);
        waiting = null;
    }

    /** Waits for {@code ops} on the channel (saying {@code cause} in traces); returns PENDING. */
    final Object waitFor(int ops, Waker waker, String cause) {
        waiting = registration.await(ops, waker, cause);
        return Future.PENDING;
    }

    @Override
    public final Failure cancel() {
        stopWaiting();
        return null;
    }
}
