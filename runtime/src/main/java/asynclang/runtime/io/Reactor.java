package asynclang.runtime.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.concurrent.locks.LockSupport;

import asynclang.runtime.Clock;
import asynclang.runtime.Driver;
import asynclang.runtime.Waker;

/**
 * The executor's driver when it may wait for sockets: one {@link Selector} waits for socket
 * readiness and the next timer together (the role mio plays under Tokio), and a wake from
 * another thread is {@link Selector#wakeup()}. The selector is opened at the first
 * registration; until then the driver parks the thread as {@link asynclang.runtime.ParkingDriver}
 * does.
 * <p>
 * Interest is one-shot: when a channel becomes ready, the futures waiting for it are woken
 * and their interest is dropped, so a level-triggered selector does not spin; a future that
 * finds the socket not ready after all (it would block) waits again. A cancelled wait removes
 * its interest ({@link Registration#cancel}).
 * <p>
 * Under virtual time the clock jumps to the next timer when no registered socket is ready
 * (after a moment's grace) and nothing is in flight on another thread; with no timer pending,
 * or with work on another thread, the driver waits for real.
 */
public final class Reactor implements Driver {

    private final Clock clock;
    private final boolean virtual;
    private long virtualNow;
    private volatile Selector selector;
    private int interests;
    private volatile Thread parked;
    private volatile boolean unparked;

    private Reactor(boolean virtual) {
        this.virtual = virtual;
        this.clock = virtual ? new Clock() {
            @Override
            public long nanoTime() {
                return virtualNow;
            }

            @Override
            public boolean isVirtual() {
                return true;
            }
        } : Clock.real();
    }

    public static Reactor real() {
        return new Reactor(false);
    }

    public static Reactor virtualTime() {
        return new Reactor(true);
    }

    /**
     * One channel's registration. Several futures may wait on it at once (a reader and a
     * writer of one connection); each waits for some operations and is woken once.
     */
    public final class Registration {
        private final SelectionKey key;
        private final ArrayList<Waiter> waiters = new ArrayList<>(2);
        /**
         * The operations the channel may be ready for: all at first, set again by the selector,
         * cleared by whoever found the channel drained ({@link #clearReady}).
         */
        private int ready = ~0;

        private Registration(SelectionKey key) {
            this.key = key;
        }

        /** A future waiting for readiness. */
        public static final class Waiter {
            final int ops;
            final Waker waker;
            final String cause;

            Waiter(int ops, Waker waker, String cause) {
                this.ops = ops;
                this.waker = waker;
                this.cause = cause;
            }
        }

        /**
         * Asks to wake {@code w} (saying {@code cause} in traces) when the channel is ready for
         * {@code ops} ({@link SelectionKey#OP_READ} and so on). Returns the waiter, to cancel.
         */
        public Waiter await(int ops, Waker w, String cause) {
            if (!key.isValid()) {
                w.wake(cause);
                return null;
            }
            Waiter waiter = new Waiter(ops, w, cause);
            waiters.add(waiter);
            interests++;
            int registered = key.interestOps();
            if ((registered | ops) != registered) {
                setInterest(registered | ops);
            }
            return waiter;
        }

        /**
         * Drops a wait (its future was cancelled, or is polled again). The selector's interest
         * stays until a readiness event finds nobody waiting for it: a connection read in a loop
         * is then never re-registered (each change is an epoll_ctl call), and a dropped wait
         * costs at most one extra wake-up.
         */
        public void cancel(Waiter waiter) {
            if (waiter != null && waiters.remove(waiter)) {
                interests--;
            }
        }

        /**
         * Whether trying {@code ops} now may succeed. False after {@link #clearReady} until the
         * selector reports the channel ready again, so a read that would only find the socket
         * empty (a system call for nothing) is skipped and the reader waits at once.
         */
        public boolean mayBeReady(int ops) {
            return (ready & ops) != 0;
        }

        /**
         * Records that the channel is not ready for {@code ops}: an operation would have blocked,
         * or a read got less than it had room for (the socket is drained, as Tokio assumes too).
         * Nothing is lost: the selector's interest stays, and it reports data that arrives later.
         */
        public void clearReady(int ops) {
            ready &= ~ops;
        }

        /**
         * Forgets the channel (it is being closed); whoever waits is woken to see that. The
         * selector lets go of the key at once (a select of its own): the JDK puts off closing a
         * channel while a selector holds it, so a closed listener kept its port, and a closed
         * connection its socket, until the loop next waited.
         */
        public void close() {
            key.cancel();
            Selector s = selector;
            if (s != null && s.isOpen()) {
                dispatch(selectNow());
            }
            wakeAll(~0);
        }

        void fire(int readyOps) {
            ready |= readyOps;
            wakeAll(readyOps);
        }

        private void wakeAll(int readyOps) {
            // In the order they began to wait: two tasks reading one connection are served first come, first served.
            boolean wanted = false;
            int n = waiters.size();
            int kept = 0;
            for (int i = 0; i < n; i++) {
                Waiter w = waiters.get(i);
                if ((w.ops & readyOps) != 0) {
                    interests--;
                    w.waker.wake(w.cause);
                    wanted = true;
                } else {
                    waiters.set(kept++, w);
                }
            }
            waiters.subList(kept, n).clear();
            if (!wanted) {
                // Ready for what nobody waits for any more: stop asking, or every select returns at once.
                int ops = 0;
                for (Waiter w : waiters) {
                    ops |= w.ops;
                }
                setInterest(ops);
            }
        }

        private void setInterest(int ops) {
            try {
                if (key.isValid()) {
                    key.interestOps(ops);
                }
            } catch (CancelledKeyException e) {
                // Closed meanwhile.
            }
        }
    }

    /** Registers a non-blocking channel with no interest yet. */
    public Registration register(SelectableChannel channel) {
        try {
            Selector s = selector();
            SelectionKey key = channel.register(s, 0);
            Registration r = new Registration(key);
            key.attach(r);
            return r;
        } catch (ClosedChannelException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Selector selector() {
        if (selector == null) {
            try {
                selector = Selector.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return selector;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public boolean isVirtual() {
        return virtual;
    }

    @Override
    public boolean hasIoInterest() {
        return interests > 0;
    }

    @Override
    public void park(long deadline, boolean externalWork) throws InterruptedException {
        if (virtual && !externalWork && interests > 0 && deadline != NO_DEADLINE) {
            // Every task is idle, some waiting on sockets (idle, not busy: a task waiting to
            // accept or read). Unless a socket has something for one, the clock jumps to the
            // next timer, as Tokio's paused clock auto-advances. Bytes a script wrote to its own
            // loopback socket are there by the time the write returns; the grace covers a
            // kernel that delivers them a moment later, so a timeout around such a read does
            // not fire while the reply is on its way.
            int ready = selectNow();
            if (ready == 0) {
                ready = select(VIRTUAL_GRACE_NANOS);
            }
            unparked = false;
            dispatch(ready);
            if (ready == 0) {
                jumpTo(deadline);
            }
            return;
        }
        if (virtual && !externalWork && interests == 0) {
            // Every task is idle and none waits on a socket: the clock jumps. Work on other
            // threads (files, processes, host futures) holds it still instead (the paths
            // below), as Tokio's blocking tasks do.
            jumpTo(deadline);
            if (selector != null) {
                dispatch(selectNow());
            }
            return;
        }
        long timeoutNanos = virtual || deadline == NO_DEADLINE ? -1 : Math.max(0, deadline - clock.nanoTime());
        if (unparked) {
            // An unpark that came before this park (perhaps before the selector existed).
            unparked = false;
            timeoutNanos = 0;
        }
        if (selector == null) {
            parkThread(timeoutNanos);
        } else {
            dispatch(select(timeoutNanos));
            unparked = false;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private void parkThread(long timeoutNanos) {
        parked = Thread.currentThread();
        try {
            if (!unparked) {
                if (timeoutNanos < 0) {
                    LockSupport.park(this);
                } else if (timeoutNanos > 0) {
                    LockSupport.parkNanos(this, timeoutNanos);
                }
            }
        } finally {
            parked = null;
            unparked = false;
        }
    }

    private int select(long timeoutNanos) {
        try {
            if (timeoutNanos < 0) {
                return selector.select();
            } else if (timeoutNanos == 0) {
                return selector.selectNow();
            }
            // select(ms) takes whole milliseconds: round up so a timer is never early.
            return selector.select(Math.max(1, (timeoutNanos + 999_999) / 1_000_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void jumpTo(long deadline) {
        if (deadline > virtualNow) {
            virtualNow = deadline;
        }
    }

    /** How long virtual time waits for a socket that is not ready before it jumps. */
    private static final long VIRTUAL_GRACE_NANOS = 1_000_000;

    private int selectNow() {
        try {
            return selector.selectNow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dispatch(int ready) {
        if (ready == 0) {
            selector.selectedKeys().clear();
            return;
        }
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            if (key.attachment() instanceof Registration r) {
                int readyOps;
                try {
                    readyOps = key.readyOps();
                } catch (CancelledKeyException e) {
                    readyOps = ~0;
                }
                r.fire(readyOps);
            }
        }
    }

    @Override
    public void unpark() {
        unparked = true;
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
        Thread t = parked;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Closes every channel still registered, then the selector (the executor is done): a
     * listener or connection a task still held must not keep its port or socket after the
     * context that owned it is closed.
     */
    public void close() {
        if (selector != null) {
            try {
                for (SelectionKey key : selector.keys()) {
                    try {
                        key.channel().close();
                    } catch (IOException | RuntimeException e) {
                        // Closing the rest matters more.
                    }
                }
                selector.close();
            } catch (IOException | RuntimeException e) {
                // Nothing to do.
            }
        }
    }
}
