package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/** {@code a[i]} and {@code a[i] = v} on lists, maps, strings and ranges. */
public final class Indexing {

    private Indexing() {
    }

    @TruffleBoundary
    public static Object read(Object receiver, Object index, Node node, int bci) {
        if (receiver instanceof AlList list) {
            if (index instanceof AlRange r) {
                return slice(list, r, node, bci);
            }
            int i = position(index, list.size(), node, bci);
            return list.get(i);
        } else if (receiver instanceof AlMap map) {
            Object key = checkKey(index, node, bci);
            Object v = map.get(key);
            if (v == null) {
                throw unknownKey(map, key, node, bci);
            }
            return v;
        } else if (receiver instanceof String s) {
            int length = CodePoints.length(s);
            if (index instanceof AlRange r) {
                checkSlice(r, length, node, bci);
                return r.isEmpty() ? "" : CodePoints.slice(s, (int) r.start, (int) exclusiveEnd(r));
            }
            return CodePoints.at(s, position(index, length, node, bci));
        } else if (receiver instanceof AlRange r) {
            Object length = r.length();
            if (!Types.isInt(index)) {
                throw AlException.error("index must be an int, got " + Types.typeName(index), node, bci);
            }
            java.math.BigInteger i = BigInt.toBig(index);
            if (i.signum() < 0 || i.compareTo(BigInt.toBig(length)) >= 0) {
                throw AlException.error("index " + index + " out of range for length " + length, node, bci);
            }
            return BigInt.normalize(r.bigStart().add(i));
        }
        if (Foreign.is(receiver)) {
            Object v = Foreign.readIndex(receiver, index, node, bci);
            if (v != null) {
                return v;
            }
        }
        throw AlException.error("cannot index a value of type " + Types.typeName(receiver), node, bci);
    }

    @TruffleBoundary
    public static void write(Object receiver, Object index, Object value, Node node, int bci) {
        if (receiver instanceof AlList list) {
            int i = position(index, list.size(), node, bci);
            list.items.set(i, value);
        } else if (receiver instanceof AlMap map) {
            map.put(checkKey(index, node, bci), value);
        } else if (receiver instanceof String) {
            throw AlException.error("strings are immutable; cannot assign to an index", node, bci);
        } else if (!Foreign.is(receiver) || !Foreign.writeIndex(receiver, index, value, node, bci)) {
            throw AlException.error("cannot assign to an index of a value of type " + Types.typeName(receiver), node, bci);
        }
    }

    /** A list position; negative indices are errors, as in Rust. */
    @TruffleBoundary
    public static int position(Object index, int length, Node node, int bci) {
        if (!Types.isInt(index)) {
            throw AlException.error("index must be an int, got " + Types.typeName(index), node, bci);
        }
        if (!(index instanceof Long l) || l < 0 || l >= length) {
            throw outOfRange(index, length, node, bci);
        }
        return (int) (long) l;
    }

    @TruffleBoundary
    public static AlException outOfRange(Object index, int length, Node node, int bci) {
        return AlException.error("index " + index + " out of range for length " + length, node, bci);
    }

    @TruffleBoundary
    public static AlException unknownKey(Object key, Node node, int bci) {
        return AlException.error("unknown map key " + Formatter.repr(key), node, bci);
    }

    /** A key {@code map} lacks; a module's exports say which module has no such member. */
    @TruffleBoundary
    public static AlException unknownKey(AlMap map, Object key, Node node, int bci) {
        if (map.module() != null && key instanceof String name) {
            return AlException.error("module `" + map.module() + "` has no member `" + name + "`", node, bci);
        }
        return unknownKey(key, node, bci);
    }

    /** The key form of a value, or an error naming the type that cannot be a key. */
    @TruffleBoundary
    public static Object checkKey(Object key, Node node, int bci) {
        try {
            return AlMap.key(key);
        } catch (AlException e) {
            throw AlException.error(e.getMessage(), node, bci);
        }
    }

    @TruffleBoundary
    public static AlList slice(AlList list, AlRange r, Node node, int bci) {
        checkSlice(r, list.size(), node, bci);
        return new AlList(list.items.copyOfRange((int) r.start, (int) exclusiveEnd(r)));
    }

    /** A slice's range must lie within [0, length] and not run backwards. */
    private static void checkSlice(AlRange r, int length, Node node, int bci) {
        if (r.isBig() || r.start < 0 || exclusiveEnd(r) > length || r.start > exclusiveEnd(r)) {
            throw AlException.error("range " + r + " out of range for length " + length, node, bci);
        }
    }

    private static long exclusiveEnd(AlRange r) {
        return r.inclusive ? (r.end == Long.MAX_VALUE ? Long.MAX_VALUE : r.end + 1) : r.end;
    }
}
