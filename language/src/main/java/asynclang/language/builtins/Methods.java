package asynclang.language.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.nodes.Calls;
import asynclang.language.values.AlDuration;
import asynclang.language.values.AlFunction;
import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.AlRange;
import asynclang.language.values.Equality;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.language.values.Ordering;
import asynclang.language.values.Types;

/**
 * {@code receiver.name(args)} on the built-in types: the String, List and Map methods of the
 * standard library, plus a few on Duration and Range. A map entry holding a function is called
 * like a method, which is how imported modules and hand-made objects work.
 */
public final class Methods {

    /** Objects of the runtime and stdlib with methods of their own (tasks, channels, ...). */
    public interface HasMethods {
        /** The result, or null when the object has no such method. */
        Object invokeMethod(String name, Object[] args, Node node, int bci);
    }

    private Methods() {
    }

    @TruffleBoundary
    public static Object invoke(String name, Object[] receiverAndArgs, Node node, int bci) {
        Object receiver = receiverAndArgs[0];
        Object[] args = new Object[receiverAndArgs.length - 1];
        System.arraycopy(receiverAndArgs, 1, args, 0, args.length);
        Call call = new Call(name, args, node, bci);
        Object result;
        if (receiver instanceof String s) {
            result = stringMethod(s, call);
        } else if (receiver instanceof AlList list) {
            result = listMethod(list, call);
        } else if (receiver instanceof AlMap map) {
            Object member = map.get(name);
            if (member instanceof AlFunction || (member != null && !HostValues.isAsynclangValue(member))) {
                return Calls.callValue(member, node, bci, args);
            }
            result = mapMethod(map, call);
        } else if (receiver instanceof AlDuration d) {
            result = durationMethod(d, call);
        } else if (receiver instanceof AlRange r) {
            result = rangeMethod(r, call);
        } else if (receiver instanceof HasMethods h) {
            result = h.invokeMethod(name, args, node, bci);
        } else {
            result = null;
        }
        if (result == null) {
            throw AlException.error("a value of type " + Types.typeName(receiver) + " has no method `" + name + "`", node, bci);
        }
        return result;
    }

    /** One method call's arguments, with the checks every method needs. */
    private record Call(String name, Object[] args, Node node, int bci) {
        Call arity(int n) {
            return arity(n, n);
        }

        Call arity(int min, int max) {
            if (args.length < min || args.length > max) {
                String expected = min == max ? String.valueOf(min) : min + " to " + max;
                throw error("arity error: " + name + " expects " + expected + (max == 1 ? " argument" : " arguments") + ", got " + args.length);
            }
            return this;
        }

        AlException error(String message) {
            return AlException.error(message, node, bci);
        }

        String string(int i) {
            if (args[i] instanceof String s) {
                return s;
            }
            throw error(name + " expects a string, got " + Types.typeName(args[i]));
        }

        long integer(int i) {
            if (args[i] instanceof Long l) {
                return l;
            }
            throw error(name + " expects an int, got " + Types.typeName(args[i]));
        }

        Object call(Object f, Object... fargs) {
            return Calls.callValue(f, node, bci, fargs);
        }
    }

    private static Object stringMethod(String s, Call c) {
        switch (c.name) {
            case "len":
                c.arity(0);
                return (long) s.codePointCount(0, s.length());
            case "split": {
                c.arity(0, 1);
                List<Object> parts = new ArrayList<>();
                if (c.args.length == 0) {
                    for (String p : s.trim().split("\\s+")) {
                        if (!p.isEmpty()) {
                            parts.add(p);
                        }
                    }
                } else {
                    String sep = c.string(0);
                    if (sep.isEmpty()) {
                        s.codePoints().forEach(cp -> parts.add(Character.toString(cp)));
                    } else {
                        int from = 0;
                        int at;
                        while ((at = s.indexOf(sep, from)) >= 0) {
                            parts.add(s.substring(from, at));
                            from = at + sep.length();
                        }
                        parts.add(s.substring(from));
                    }
                }
                return new AlList(new ArrayList<>(parts));
            }
            case "trim":
                c.arity(0);
                return s.strip();
            case "contains":
                c.arity(1);
                return s.contains(c.string(0));
            case "starts_with":
                c.arity(1);
                return s.startsWith(c.string(0));
            case "ends_with":
                c.arity(1);
                return s.endsWith(c.string(0));
            case "replace":
                c.arity(2);
                return s.replace(c.string(0), c.string(1));
            case "upper":
                c.arity(0);
                return s.toUpperCase();
            case "lower":
                c.arity(0);
                return s.toLowerCase();
            case "chars": {
                c.arity(0);
                AlList chars = new AlList();
                s.codePoints().forEach(cp -> chars.add(Character.toString(cp)));
                return chars;
            }
            case "parse_int":
                c.arity(0);
                return Conversions.parseInt(s, c.node, c.bci);
            case "parse_float":
                c.arity(0);
                return Conversions.parseFloat(s, c.node, c.bci);
            default:
                return null;
        }
    }

    private static Object listMethod(AlList list, Call c) {
        ArrayList<Object> items = list.items;
        switch (c.name) {
            case "push":
                c.arity(1);
                items.add(c.args[0]);
                return Nil.NIL;
            case "pop":
                c.arity(0);
                return items.isEmpty() ? Nil.NIL : items.remove(items.size() - 1);
            case "len":
                c.arity(0);
                return (long) items.size();
            case "insert": {
                c.arity(2);
                long at = c.integer(0);
                if (at < 0 || at > items.size()) {
                    throw c.error("insert position " + at + " out of range for length " + items.size());
                }
                items.add((int) at, c.args[1]);
                return Nil.NIL;
            }
            case "remove": {
                c.arity(1);
                int at = Indexing.position(c.args[0], items.size(), c.node, c.bci);
                return items.remove(at);
            }
            case "contains":
                c.arity(1);
                for (Object item : items) {
                    if (Equality.equal(item, c.args[0])) {
                        return true;
                    }
                }
                return false;
            case "index_of":
                c.arity(1);
                for (int i = 0; i < items.size(); i++) {
                    if (Equality.equal(items.get(i), c.args[0])) {
                        return (long) i;
                    }
                }
                return -1L;
            case "map": {
                c.arity(1);
                AlList out = new AlList();
                for (int i = 0; i < items.size(); i++) {
                    out.add(c.call(c.args[0], items.get(i)));
                }
                return out;
            }
            case "filter": {
                c.arity(1);
                AlList out = new AlList();
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    if (Types.isTruthy(c.call(c.args[0], item))) {
                        out.add(item);
                    }
                }
                return out;
            }
            case "reduce": {
                c.arity(2);
                Object acc = c.args[1];
                for (int i = 0; i < items.size(); i++) {
                    acc = c.call(c.args[0], acc, items.get(i));
                }
                return acc;
            }
            case "sort": {
                c.arity(0, 1);
                if (c.args.length == 0) {
                    items.sort((a, b) -> {
                        int r = Ordering.compare(a, b, c.node, c.bci);
                        return r == Ordering.UNORDERED ? 0 : r;
                    });
                } else {
                    items.sort((a, b) -> {
                        Object r = c.call(c.args[0], a, b);
                        if (!Types.isNumber(r)) {
                            throw c.error("sort comparator must return a number, got " + Types.typeName(r));
                        }
                        return (int) Math.signum(Types.toDouble(r));
                    });
                }
                return list;
            }
            case "join": {
                c.arity(0, 1);
                String sep = c.args.length == 0 ? "" : c.string(0);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(Formatter.display(items.get(i)));
                }
                return sb.toString();
            }
            case "slice": {
                c.arity(1, 2);
                long from = c.integer(0);
                long to = c.args.length == 2 ? c.integer(1) : items.size();
                return Indexing.slice(list, new AlRange(from, to, false), c.node, c.bci);
            }
            case "reverse":
                c.arity(0);
                java.util.Collections.reverse(items);
                return list;
            case "first":
                c.arity(0);
                return items.isEmpty() ? Nil.NIL : items.get(0);
            case "last":
                c.arity(0);
                return items.isEmpty() ? Nil.NIL : items.get(items.size() - 1);
            case "is_empty":
                c.arity(0);
                return items.isEmpty();
            default:
                return null;
        }
    }

    private static Object mapMethod(AlMap map, Call c) {
        switch (c.name) {
            case "get": {
                c.arity(1, 2);
                Object v = map.get(Indexing.checkKey(c.args[0], c.node, c.bci));
                return v != null ? v : (c.args.length == 2 ? c.args[1] : Nil.NIL);
            }
            case "set":
                c.arity(2);
                map.put(Indexing.checkKey(c.args[0], c.node, c.bci), c.args[1]);
                return Nil.NIL;
            case "has":
                c.arity(1);
                return map.has(Indexing.checkKey(c.args[0], c.node, c.bci));
            case "remove": {
                c.arity(1);
                Object v = map.remove(Indexing.checkKey(c.args[0], c.node, c.bci));
                return v == null ? Nil.NIL : v;
            }
            case "keys":
                c.arity(0);
                return new AlList(new ArrayList<>(map.entries.keySet()));
            case "values":
                c.arity(0);
                return new AlList(new ArrayList<>(map.entries.values()));
            case "len":
                c.arity(0);
                return (long) map.size();
            case "is_empty":
                c.arity(0);
                return map.size() == 0;
            default:
                return null;
        }
    }

    private static Object durationMethod(AlDuration d, Call c) {
        switch (c.name) {
            case "as_millis":
                c.arity(0);
                return d.nanos() / AlDuration.NANOS_PER_MILLI;
            case "as_secs":
                c.arity(0);
                return d.nanos() / (double) AlDuration.NANOS_PER_SECOND;
            case "as_nanos":
                c.arity(0);
                return d.nanos();
            default:
                return null;
        }
    }

    private static Object rangeMethod(AlRange r, Call c) {
        switch (c.name) {
            case "len":
                c.arity(0);
                return r.length();
            case "contains":
                c.arity(1);
                return c.args[0] instanceof Long l && r.contains(l);
            default:
                return null;
        }
    }
}
