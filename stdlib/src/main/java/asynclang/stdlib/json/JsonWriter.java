package asynclang.stdlib.json;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.BigInt;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;

/**
 * {@code json.stringify}: asynclang values to JSON text, compact or indented.
 * <p>
 * Written by hand rather than with Jackson's generator: the output must be exactly the
 * language's own forms (Floats as {@link Formatter#formatFloat} writes them, JavaScript's
 * layout when indented), and a StringBuilder is all it takes. Containers are walked with an
 * explicit stack, so depth is bounded by the heap, not the Java stack; the containers on the
 * current path are remembered by identity, so a value that contains itself is an error rather
 * than an endless text (a value shared by two parents is written twice, as JavaScript does).
 */
final class JsonWriter {

    /** The longest text written: 2^29 characters, as V8's strings. Past it the error says so. */
    static final int MAX_LENGTH = 1 << 29;

    private static final String SPACES = " ".repeat(256);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    /** Spaces per level; 0 writes compact text. */
    private final int indent;
    /** The containers being written, outermost first. */
    private final ArrayList<Frame> open = new ArrayList<>();
    private final IdentityHashMap<Object, Object> onPath = new IdentityHashMap<>();
    /** The characters the open containers need at least to close: known before they are written. */
    private long closing;
    private final Object root;
    /** Whether {@link #checkDepth} has run. */
    private boolean measured;

    private JsonWriter(Object root, long indent) {
        this.root = root;
        this.indent = (int) Math.min(indent, MAX_LENGTH + 1L);
    }

    @TruffleBoundary
    static String write(Object value, long indent) {
        JsonWriter w = new JsonWriter(value, indent);
        w.value(value);
        while (!w.open.isEmpty()) {
            w.step();
        }
        return w.out.toString();
    }

    /** A list or map being written: where its next element is. */
    private static final class Frame {
        final Object container;
        final AlList list;
        final Iterator<Map.Entry<Object, Object>> entries;
        int next;

        Frame(AlList list) {
            this.container = list;
            this.list = list;
            this.entries = null;
        }

        Frame(AlMap map) {
            this.container = map;
            this.list = null;
            this.entries = map.entries.entrySet().iterator();
        }

        boolean hasNext() {
            return list != null ? next < list.items.size() : entries.hasNext();
        }
    }

    /** Writes the next element of the innermost open container, or closes it. */
    private void step() {
        Frame f = open.get(open.size() - 1);
        if (f.hasNext()) {
            if (f.next++ > 0) {
                out.append(',');
            }
            newline(open.size());
            if (f.list != null) {
                value(f.list.items.get(f.next - 1));
            } else {
                Map.Entry<Object, Object> e = f.entries.next();
                if (!(e.getKey() instanceof String key)) {
                    throw new JsonError("cannot convert a map with a key of type " + Types.typeName(e.getKey()) + " to JSON");
                }
                string(key);
                out.append(indent > 0 ? ": " : ":");
                value(AlMap.value(e.getValue()));
            }
        } else {
            closing -= closeCost(open.size());
            open.remove(open.size() - 1);
            onPath.remove(f.container);
            newline(open.size());
            out.append(f.list != null ? ']' : '}');
        }
    }

    /** A scalar in full; a list or map opened, its elements left to {@link #step}. */
    private void value(Object v) {
        if (v instanceof String s) {
            string(s);
        } else if (v instanceof Long l) {
            out.append(l.longValue());
        } else if (v instanceof Double d) {
            floating(d);
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v == Nil.NIL || v == null) {
            out.append("null");
        } else if (v instanceof BigInt b) {
            String digits = b.value().toString();
            ensureRoom(digits.length());
            out.append(digits);
        } else if (v instanceof AlList list) {
            if (list.items.isEmpty()) {
                out.append("[]");
            } else {
                push(new Frame(list), '[');
            }
        } else if (v instanceof AlMap map) {
            if (map.entries.isEmpty()) {
                out.append("{}");
            } else {
                push(new Frame(map), '{');
            }
        } else {
            throw new JsonError("cannot convert a value of type " + Types.typeName(v) + " to JSON");
        }
    }

    private void push(Frame f, char bracket) {
        if (onPath.put(f.container, f) != null) {
            throw new JsonError("cannot convert a value that contains itself to JSON");
        }
        out.append(bracket);
        open.add(f);
        closing += closeCost(open.size());
        ensureRoom(0);
    }

    /** A container at depth {@code depth} (1 for the outermost) closes with this many characters at least. */
    private long closeCost(int depth) {
        return indent == 0 ? 1 : 2 + (long) indent * (depth - 1);
    }

    /** Floats as the language writes them ({@code 2.0}, {@code 1e+21}); JSON has no NaN or infinities. */
    private void floating(double d) {
        String form = Formatter.formatFloat(d);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new JsonError("cannot convert " + form + " to JSON");
        }
        out.append(form);
    }

    private void newline(int depth) {
        if (indent == 0) {
            return;
        }
        long spaces = (long) indent * depth;
        ensureRoom(1 + spaces);
        out.append('\n');
        while (spaces > 0) {
            int n = (int) Math.min(spaces, SPACES.length());
            out.append(SPACES, 0, n);
            spaces -= n;
        }
    }

    /**
     * A string in double quotes: {@code "} and {@code \} escaped, control characters as
     * {@code \n}-style or {@code \}{@code u00XX} escapes, everything else as it is (non-ASCII too).
     * A lone surrogate, which only a host can put in a string, is escaped so the text stays
     * valid UTF-8.
     */
    private void string(String s) {
        ensureRoom(s.length() + 2L);
        out.append('"');
        int n = s.length();
        int first = 0;
        while (first < n && !needsEscape(s.charAt(first))) {
            first++;
        }
        if (first == n) {
            out.append(s).append('"');
            return;
        }
        int start = 0;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        out.append(s, start, n);
        out.append('"');
        ensureRoom(0);
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c);
    }

    /** Refuses, before writing them, {@code more} characters that would take the text past {@link #MAX_LENGTH}. */
    private void ensureRoom(long more) {
        long length = out.length() + more + closing;
        if (length > MAX_LENGTH / 16 && !measured) {
            measured = true;
            checkDepth();
        }
        if (length > MAX_LENGTH) {
            throw tooLong();
        }
    }

    /**
     * Once a text grows large, a quick look at how deep the value goes: indented, a chain of D
     * containers takes at least {@code 4D + indent * D^2} characters (each container's brackets,
     * its first element's line and its closing line), so 100,000 levels indented by 2 are refused
     * at once instead of after writing half a gigabyte.
     */
    private void checkDepth() {
        if (indent == 0) {
            return;
        }
        ArrayList<Object> path = new ArrayList<>();
        ArrayList<Iterator<Object>> rest = new ArrayList<>();
        IdentityHashMap<Object, Object> onPath = new IdentityHashMap<>();
        Object next = root;
        while (true) {
            Iterator<Object> children = next instanceof AlList l && !l.items.isEmpty() ? l.items.iterator()
                            : next instanceof AlMap m && !m.entries.isEmpty() ? m.values().iterator() : null;
            if (children != null) {
                if (onPath.put(next, next) != null) {
                    return; // contains itself: the writer says so where it meets it
                }
                path.add(next);
                rest.add(children);
                long depth = path.size();
                if (4 * depth + indent * depth * depth > MAX_LENGTH) {
                    throw tooLong();
                }
            }
            next = null;
            while (next == null && !path.isEmpty()) {
                int top = path.size() - 1;
                if (rest.get(top).hasNext()) {
                    next = rest.get(top).next();
                } else {
                    onPath.remove(path.remove(top));
                    rest.remove(top);
                }
            }
            if (next == null) {
                return;
            }
        }
    }

    private static JsonError tooLong() {
        return new JsonError("cannot convert to JSON: the text would be longer than " + MAX_LENGTH + " characters");
    }
}
