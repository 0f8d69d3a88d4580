package asynclang.stdlib.collections;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.library.Builtin;
import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.values.AlList;
import asynclang.language.values.AlRange;
import asynclang.language.values.Equality;
import asynclang.language.values.Formatter;
import asynclang.language.values.Indexing;
import asynclang.language.values.ListItems;
import asynclang.language.values.Nil;
import asynclang.language.values.Ordering;
import asynclang.language.values.StringAccumulator;
import asynclang.language.values.Types;
import asynclang.stdlib.Args;

/**
 * The methods of List. {@code push}/{@code insert} return nil; {@code sort} and {@code reverse}
 * work in place and return the list; {@code map}, {@code filter} and {@code slice} make new lists.
 */
public final class ListLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.method(AlList.class, "push", 1, 1, (Builtin.Inline) (ctx, a, node) -> {
            ((AlList) a[0]).add(a[1]);
            return Nil.NIL;
        });
        r.method(AlList.class, "pop", 0, 0, (ctx, a, node) -> items(a).isEmpty() ? Nil.NIL : items(a).remove(items(a).size() - 1));
        r.method(AlList.class, "len", 0, 0, (ctx, a, node) -> (long) items(a).size());
        r.method(AlList.class, "insert", 2, 2, (ctx, a, node) -> insert(items(a), a[1], a[2], node));
        r.method(AlList.class, "remove", 1, 1, (ctx, a, node) -> items(a).remove(Indexing.position(a[1], items(a).size(), node, -1)));
        r.method(AlList.class, "contains", 1, 1, (ctx, a, node) -> indexOf(items(a), a[1]) >= 0);
        r.method(AlList.class, "index_of", 1, 1, (ctx, a, node) -> (long) indexOf(items(a), a[1]));
        r.method(AlList.class, "map", 1, 1, (ctx, a, node) -> map(items(a), a[1], node));
        r.method(AlList.class, "filter", 1, 1, (ctx, a, node) -> filter(items(a), a[1], node));
        r.method(AlList.class, "reduce", 2, 2, (ctx, a, node) -> reduce(items(a), a[1], a[2], node));
        r.method(AlList.class, "sort", 0, 1, (ctx, a, node) -> sort((AlList) a[0], a.length == 2 ? a[1] : null, node));
        r.method(AlList.class, "join", 0, 1, (ctx, a, node) -> join(items(a), a.length == 1 ? "" : Args.string("join", a[1], node), node));
        r.method(AlList.class, "slice", 1, 2, (ctx, a, node) -> {
            int size = items(a).size();
            Object from = sliceBound("start", Args.anyInt("slice", a[1], node), size, node);
            Object to = a.length == 3 ? sliceBound("end", Args.anyInt("slice", a[2], node), size, node) : (Object) (long) size;
            if ((long) from > (long) to) {
                throw Args.error("slice start " + from + " is past its end " + to, node);
            }
            return Indexing.slice((AlList) a[0], AlRange.of(from, to, false), node, -1);
        });
        r.method(AlList.class, "reverse", 0, 0, (ctx, a, node) -> {
            Collections.reverse(items(a));
            return a[0];
        });
        r.method(AlList.class, "first", 0, 0, (ctx, a, node) -> items(a).isEmpty() ? Nil.NIL : items(a).get(0));
        r.method(AlList.class, "last", 0, 0, (ctx, a, node) -> items(a).isEmpty() ? Nil.NIL : items(a).get(items(a).size() - 1));
        r.method(AlList.class, "is_empty", 0, 0, (ctx, a, node) -> items(a).isEmpty());
    }

    /** A bound of {@code slice(a, b)}, named as the caller wrote it (a range made of them would show {@code 4..3}). */
    private static Object sliceBound(String which, Object v, int size, Node node) {
        if (!(v instanceof Long i) || i < 0 || i > size) {
            throw Args.error("slice " + which + " " + Formatter.repr(v) + " out of range for length " + size, node);
        }
        return v;
    }

    private static ListItems items(Object[] receiverAndArgs) {
        return ((AlList) receiverAndArgs[0]).items;
    }

    @TruffleBoundary
    private static Object insert(ListItems items, Object position, Object value, Node node) {
        Args.anyInt("insert", position, node);
        if (!(position instanceof Long at) || at < 0 || at > items.size()) {
            throw Args.error("insert position " + position + " out of range for length " + items.size(), node);
        }
        items.add((int) (long) at, value);
        return Nil.NIL;
    }

    @TruffleBoundary
    private static int indexOf(ListItems items, Object value) {
        for (int i = 0; i < items.size(); i++) {
            if (Equality.equal(items.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    /*
     * map, filter and reduce visit the elements the list had when they started (a callback that
     * pushes does not make them run forever; one that removes makes them stop early), as
     * JavaScript's array methods do.
     */

    private static AlList map(ListItems items, Object f, Node node) {
        AlList out = new AlList();
        for (int i = 0, n = items.size(); i < n && i < items.size(); i++) {
            out.add(Args.call(node, f, items.get(i)));
        }
        return out;
    }

    private static AlList filter(ListItems items, Object f, Node node) {
        AlList out = new AlList();
        for (int i = 0, n = items.size(); i < n && i < items.size(); i++) {
            Object item = items.get(i);
            if (Types.isTruthy(Args.call(node, f, item))) {
                out.add(item);
            }
        }
        return out;
    }

    private static Object reduce(ListItems items, Object f, Object init, Node node) {
        Object acc = init;
        for (int i = 0, n = items.size(); i < n && i < items.size(); i++) {
            acc = Args.call(node, f, acc, items.get(i));
        }
        return acc;
    }

    /** Sorts a copy, then puts it back; a comparator that changes the list is an error. */
    @TruffleBoundary
    private static Object sort(AlList list, Object comparator, Node node) {
        Object[] before = list.items.toArray();
        Object[] sorted = before.clone();
        Comparator<Object> order;
        if (comparator == null) {
            order = (a, b) -> {
                int r = Ordering.compare(a, b, node, -1);
                return r == Ordering.UNORDERED ? 0 : r;
            };
        } else {
            order = (a, b) -> {
                Object r = Args.call(node, comparator, a, b);
                if (!Types.isNumber(r)) {
                    throw Args.error("sort comparator must return a number, got " + Types.typeName(r), node);
                }
                double d = Types.toDouble(r);
                return d < 0 ? -1 : (d > 0 ? 1 : 0);
            };
        }
        MergeSort.sort(sorted, order);
        if (!Arrays.equals(list.items.toArray(), before)) {
            throw Args.error("the list was changed while it was being sorted", node);
        }
        for (int i = 0; i < sorted.length; i++) {
            list.items.set(i, sorted[i]);
        }
        return list;
    }

    @TruffleBoundary
    private static String join(ListItems items, String sep, Node node) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String text = Formatter.display(items.get(i));
            StringAccumulator.checkLength((long) sb.length() + (i > 0 ? sep.length() : 0) + text.length(), node);
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(text);
        }
        return sb.toString();
    }
}
