package asynclang.stdlib.tasks;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import asynclang.language.async.AlFuture;
import asynclang.language.async.Awaiting;
import asynclang.language.async.Coroutine;
import asynclang.language.async.LanguageOutputs;
import asynclang.language.async.LibraryFuture;
import asynclang.language.functions.AlFunction;
import asynclang.language.library.Builtin;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.values.AlDuration;
import asynclang.language.values.AlIterator;
import asynclang.language.values.AlList;
import asynclang.language.values.Foreign;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Future;
import asynclang.runtime.Task;
import asynclang.runtime.future.Join;
import asynclang.runtime.future.Select;
import asynclang.runtime.future.Timeout;
import asynclang.runtime.future.YieldNow;
import asynclang.stdlib.Args;

/**
 * Tasks and combinators (LANGUAGE.md 4.1): {@code spawn}, {@code join}, {@code join_all},
 * {@code select}, {@code timeout}, {@code yield_now}, and hand-written futures with
 * {@code poll_fn}, {@code Ready} and {@code Pending}.
 */
public final class TaskLibrary implements Library {

    /**
     * A task's name, fixed at its spawn: an async fn's name, or the built-in that made the
     * future ({@code recv()}, {@code poll_fn()}); a description of its state would go stale.
     */
    private static String taskName(Future f) {
        if (f instanceof Coroutine c) {
            return c.name();
        } else if (f instanceof LibraryFuture l) {
            return l.maker();
        } else if (f instanceof PollFnFuture) {
            return "poll_fn()";
        }
        return f.describe();
    }

    @Override
    public void register(LibraryRegistry r) {
        r.function("spawn", 1, 1, (ctx, args, node) -> {
            Future f = future("spawn", args[0], node);
            String name = taskName(f);
            Task task = ctx.executor().spawn(name, f);
            return new TaskHandle(task);
        });
        r.method(TaskHandle.class, "abort", 0, 0, (ctx, a, node) -> {
            ((TaskHandle) a[0]).task.abort();
            return Nil.NIL;
        });
        r.method(TaskHandle.class, "is_finished", 0, 0, (ctx, a, node) -> ((TaskHandle) a[0]).task.isFinished());
        r.field(TaskHandle.class, "id", h -> h.task.id());

        r.function("join", 0, -1, (ctx, args, node) -> join(futures("join", args, node), args.length));
        r.function("join_all", 1, 1, (ctx, args, node) -> {
            Object[] items = args[0] instanceof AlList list ? list.items.toArray() : hostItems(args[0]);
            if (items == null) {
                throw Args.error("join_all expects a list of futures, got " + Types.typeName(args[0]), node);
            }
            return join(futures("join_all", items, node), items.length);
        });
        r.function("select", 1, -1, (ctx, args, node) -> {
            List<Future> futures = futures("select", args, node);
            return new LibraryFuture(new Select(futures, LanguageOutputs.INSTANCE), "select()");
        });
        r.function("timeout", 2, 2, (ctx, args, node) -> {
            AlDuration d = Args.duration("timeout", args[0], node);
            Future inner = future("timeout", args[1], node);
            return new LibraryFuture(new Timeout(ctx.executor(), d.nanos(), inner, LanguageOutputs.INSTANCE), "timeout()");
        });
        r.function("yield_now", 0, 0, (ctx, args, node) -> new LibraryFuture(new YieldNow(Nil.NIL), "yield_now()"));

        r.function("poll_fn", 1, 1, (ctx, args, node) -> {
            if (!(args[0] instanceof AlFunction)) {
                throw Args.error("poll_fn expects a function, got " + Types.typeName(args[0]), node);
            }
            return new PollFnFuture(args[0], ctx.executor(), node);
        });
        r.function("Ready", 1, 1, (ctx, args, node) -> new PollFnFuture.ReadyValue(args[0]));
        r.value("Pending", PollFnFuture.PendingValue.PENDING);
        r.method(PollFnFuture.PollContext.class, "waker", 0, 0, (ctx, a, node) -> new PollFnFuture.WakerValue(((PollFnFuture.PollContext) a[0]).waker));
        Builtin wake = (ctx, a, node) -> {
            ((PollFnFuture.WakerValue) a[0]).waker.wake("waker.wake()");
            return Nil.NIL;
        };
        r.method(PollFnFuture.WakerValue.class, "wake", 0, 0, wake);
        r.method(PollFnFuture.WakerValue.class, "wake_by_ref", 0, 0, wake);
    }

    private static LibraryFuture join(List<Future> futures, int n) {
        return new LibraryFuture(new Join(futures, LanguageOutputs.INSTANCE), "join()");
    }

    /** Takes a future argument (as an await would: a future can be used once). */
    static Future future(String function, Object v, Node node) {
        if (v instanceof Future) {
            return Awaiting.request(v, node, -1);
        }
        Future adapted = AlFuture.host() == null ? null : AlFuture.host().adapt(v);
        if (adapted != null) {
            return adapted; // a host CompletableFuture or a foreign promise
        }
        throw Args.error(function + " expects a future, got " + Types.typeName(v), node);
    }

    private static List<Future> futures(String function, Object[] args, Node node) {
        List<Future> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(future(function, a, node));
        }
        return list;
    }

    /** A host or foreign list, array or iterable (LANGUAGE.md 8: they work like lists), or null. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object[] hostItems(Object v) {
        AlIterator it = Foreign.is(v) ? Foreign.iterator(v) : null;
        if (it == null) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        while (it.hasNext()) {
            items.add(it.next());
        }
        return items.toArray();
    }
}
