package asynclang.language.async;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.builtins.Builtins;
import asynclang.language.errors.AlException;
import asynclang.language.values.AlFunction;
import asynclang.language.values.AlList;
import asynclang.language.values.Types;
import asynclang.runtime.Future;
import asynclang.runtime.Task;

/** The executor's global built-ins (LANGUAGE.md 4.1). */
public final class AsyncBuiltins {

    private AsyncBuiltins() {
    }

    public static void install(Builtins b) {
        b.add("sleep", 1, 1, (ctx, args, node) -> new SleepFuture(ctx.executor(), AsyncArgs.duration("sleep", args[0], node)));
        b.add("spawn", 1, 1, (ctx, args, node) -> {
            Future f = futureArgument("spawn", args[0], node);
            String name = f instanceof Coroutine c ? c.name() : f.describe();
            Task task = ctx.executor().spawn(name, f);
            return new TaskHandle(task);
        });
        b.add("join", 0, -1, (ctx, args, node) -> new JoinFuture(futures("join", args, node)));
        b.add("join_all", 1, 1, (ctx, args, node) -> new JoinFuture(futures("join_all", listArgument("join_all", args[0], node), node)));
        b.add("select", 1, -1, (ctx, args, node) -> new SelectFuture(futures("select", args, node)));
        b.add("timeout", 2, 2, (ctx, args, node) -> new TimeoutFuture(ctx.executor(), AsyncArgs.duration("timeout", args[0], node), futureArgument("timeout", args[1], node)));
        b.add("yield_now", 0, 0, (ctx, args, node) -> new YieldNowFuture());
        b.add("now", 0, 0, (ctx, args, node) -> new TimeValues.Instant(ctx.executor()));
        b.add("interval", 1, 1, (ctx, args, node) -> new TimeValues.Interval(ctx.executor(), AsyncArgs.duration("interval", args[0], node)));
        b.add("poll_fn", 1, 1, (ctx, args, node) -> {
            if (!(args[0] instanceof AlFunction)) {
                throw AlException.error("poll_fn expects a function, got " + Types.typeName(args[0]), node);
            }
            return new PollFnFuture(args[0], node);
        });
        b.add("Ready", 1, 1, (ctx, args, node) -> new PollFnFuture.ReadyValue(args[0]));
        b.addValue("Pending", PollFnFuture.PendingValue.PENDING);
        b.add("channel", 0, 1, (ctx, args, node) -> {
            if (args.length == 0) {
                return new ChannelValue(Integer.MAX_VALUE);
            }
            if (!(args[0] instanceof Long n) || n < 1 || n > Integer.MAX_VALUE - 1) {
                throw AlException.error("channel capacity must be a positive int, got " + asynclang.language.values.Formatter.repr(args[0]), node);
            }
            return new ChannelValue((int) (long) n);
        });
        b.add("Mutex", 1, 1, (ctx, args, node) -> new SyncValues.MutexValue(args[0]));
        b.add("Semaphore", 1, 1, (ctx, args, node) -> {
            if (!(args[0] instanceof Long n) || n < 0) {
                throw AlException.error("Semaphore expects a non-negative int, got " + asynclang.language.values.Formatter.repr(args[0]), node);
            }
            return new SyncValues.SemaphoreValue(n);
        });
        b.add("Notify", 0, 0, (ctx, args, node) -> new SyncValues.NotifyValue());
    }

    private static Future futureArgument(String function, Object v, Node node) {
        if (v instanceof Future) {
            return Awaiting.request(v, node, -1);
        }
        throw AlException.error(function + " expects a future, got " + Types.typeName(v), node);
    }

    private static Object[] listArgument(String function, Object v, Node node) {
        if (v instanceof AlList l) {
            return l.items.toArray();
        }
        throw AlException.error(function + " expects a list of futures, got " + Types.typeName(v), node);
    }

    private static List<Future> futures(String function, Object[] args, Node node) {
        List<Future> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(futureArgument(function, a, node));
        }
        return list;
    }
}
