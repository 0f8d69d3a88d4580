package asynclang.stdlib.sync;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.async.LibraryFuture;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.values.AlError;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.runtime.sync.Acquire;
import asynclang.runtime.sync.Notified;
import asynclang.runtime.sync.Receive;
import asynclang.runtime.sync.Send;
import asynclang.stdlib.Args;
import asynclang.stdlib.sync.SyncValues.ChannelValue;
import asynclang.stdlib.sync.SyncValues.Guard;
import asynclang.stdlib.sync.SyncValues.MutexValue;
import asynclang.stdlib.sync.SyncValues.NotifyValue;
import asynclang.stdlib.sync.SyncValues.SemaphoreValue;

/**
 * Channels and async locks (LANGUAGE.md 4.1): {@code send}, {@code recv}, {@code lock},
 * {@code acquire} and {@code notified} are futures; the rest act at once.
 */
public final class SyncLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.function("channel", 0, 1, (ctx, args, node) -> new ChannelValue(args.length == 0 ? Integer.MAX_VALUE : capacity(args[0], node)));
        r.method(ChannelValue.class, "send", 1, 1, (ctx, a, node) -> new LibraryFuture(
                        new Send(channel(a).channel, a[1], Nil.NIL, new AlError("send on a closed channel")), "send()"));
        r.method(ChannelValue.class, "recv", 0, 0, (ctx, a, node) -> new LibraryFuture(new Receive(channel(a).channel, Nil.NIL), "recv()"));
        r.method(ChannelValue.class, "close", 0, 0, (ctx, a, node) -> {
            channel(a).channel.close();
            return Nil.NIL;
        });
        r.method(ChannelValue.class, "len", 0, 0, (ctx, a, node) -> (long) channel(a).channel.length());
        r.method(ChannelValue.class, "is_closed", 0, 0, (ctx, a, node) -> channel(a).channel.isClosed());

        r.function("Mutex", 1, 1, (ctx, args, node) -> new MutexValue(args[0]));
        r.method(MutexValue.class, "lock", 0, 0, (ctx, a, node) -> {
            MutexValue m = (MutexValue) a[0];
            return new LibraryFuture(new Acquire(m.lock, () -> new Guard(m, ctx.executor().current()), "mutex lock"), "lock()");
        });
        r.field(Guard.class, "value", g -> live(g).mutex.value, (g, v) -> live(g).mutex.value = v);
        r.method(Guard.class, "unlock", 0, 0, (ctx, a, node) -> {
            ((Guard) a[0]).unlock();
            return Nil.NIL;
        });

        r.function("Semaphore", 1, 1, (ctx, args, node) -> {
            if (!(args[0] instanceof Long n) || n < 0) {
                throw Args.error("Semaphore permits must be an int from 0 to " + Long.MAX_VALUE + ", got " + Formatter.repr(args[0]), node);
            }
            return new SemaphoreValue(n);
        });
        r.method(SemaphoreValue.class, "acquire", 0, 0, (ctx, a, node) -> new LibraryFuture(
                        new Acquire(((SemaphoreValue) a[0]).semaphore, () -> Nil.NIL, "semaphore acquire"), "acquire()"));
        r.method(SemaphoreValue.class, "release", 0, 0, (ctx, a, node) -> {
            ((SemaphoreValue) a[0]).semaphore.release();
            return Nil.NIL;
        });
        r.method(SemaphoreValue.class, "available", 0, 0, (ctx, a, node) -> ((SemaphoreValue) a[0]).semaphore.available());

        r.function("Notify", 0, 0, (ctx, args, node) -> new NotifyValue());
        r.method(NotifyValue.class, "notified", 0, 0, (ctx, a, node) -> new LibraryFuture(
                        new Notified(((NotifyValue) a[0]).semaphore, Nil.NIL), "notified()"));
        r.method(NotifyValue.class, "notify_one", 0, 0, (ctx, a, node) -> {
            ((NotifyValue) a[0]).semaphore.release();
            return Nil.NIL;
        });
        r.method(NotifyValue.class, "notify_all", 0, 0, (ctx, a, node) -> {
            ((NotifyValue) a[0]).semaphore.releaseAll();
            return Nil.NIL;
        });
    }

    private static ChannelValue channel(Object[] receiverAndArgs) {
        return (ChannelValue) receiverAndArgs[0];
    }

    private static int capacity(Object v, Node node) {
        if (!(v instanceof Long n) || n < 1 || n > Integer.MAX_VALUE - 1) {
            throw Args.error("channel capacity must be an int from 1 to " + (Integer.MAX_VALUE - 1) + ", got " + Formatter.repr(v), node);
        }
        return (int) (long) n;
    }

    /** A guard's value may be used until it is unlocked. */
    private static Guard live(Guard g) {
        if (g.released) {
            throw Args.error("the guard was already unlocked", null);
        }
        return g;
    }
}
