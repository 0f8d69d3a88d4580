package asynclang.stdlib.collections;


import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.AlRange;
import asynclang.language.values.Indexing;
import asynclang.language.values.Nil;

/** The methods of Map (keys are strings, in insertion order), and those of Range. */
public final class MapLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.method(AlMap.class, "get", 1, 2, (ctx, a, node) -> {
            Object v = map(a).get(Indexing.checkKey(a[1], node, -1));
            return v != null ? v : (a.length == 3 ? a[2] : Nil.NIL);
        });
        r.method(AlMap.class, "set", 2, 2, (ctx, a, node) -> {
            map(a).put(Indexing.checkKey(a[1], node, -1), a[2]);
            return Nil.NIL;
        });
        r.method(AlMap.class, "has", 1, 1, (ctx, a, node) -> map(a).has(Indexing.checkKey(a[1], node, -1)));
        r.method(AlMap.class, "remove", 1, 1, (ctx, a, node) -> {
            Object v = map(a).remove(Indexing.checkKey(a[1], node, -1));
            return v == null ? Nil.NIL : v;
        });
        r.method(AlMap.class, "keys", 0, 0, (ctx, a, node) -> new AlList(map(a).entries.keySet()));
        r.method(AlMap.class, "values", 0, 0, (ctx, a, node) -> new AlList(map(a).values()));
        r.method(AlMap.class, "len", 0, 0, (ctx, a, node) -> (long) map(a).size());
        r.method(AlMap.class, "is_empty", 0, 0, (ctx, a, node) -> map(a).size() == 0);

        r.method(AlRange.class, "len", 0, 0, (ctx, a, node) -> ((AlRange) a[0]).length());
        r.method(AlRange.class, "contains", 1, 1, (ctx, a, node) -> ((AlRange) a[0]).contains(a[1]));
        r.field(AlRange.class, "start", AlRange::startValue);
        r.field(AlRange.class, "end", AlRange::endValue);
    }

    private static AlMap map(Object[] receiverAndArgs) {
        return (AlMap) receiverAndArgs[0];
    }
}
