package asynclang.stdlib.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.values.AlList;
import asynclang.language.values.CodePoints;
import asynclang.language.values.Conversions;
import asynclang.language.values.StringAccumulator;
import asynclang.language.values.Whitespace;
import asynclang.stdlib.Args;

/** The methods of String. Lengths and indexes count Unicode code points. */
public final class StringLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.method(String.class, "len", 0, 0, (ctx, a, node) -> (long) CodePoints.length(s(a)));
        r.method(String.class, "split", 0, 1, (ctx, a, node) -> split(s(a), a.length == 1 ? null : Args.string("split", a[1], node)));
        r.method(String.class, "trim", 0, 0, (ctx, a, node) -> Whitespace.trim(s(a)));
        r.method(String.class, "contains", 1, 1, (ctx, a, node) -> s(a).contains(Args.string("contains", a[1], node)));
        r.method(String.class, "starts_with", 1, 1, (ctx, a, node) -> s(a).startsWith(Args.string("starts_with", a[1], node)));
        r.method(String.class, "ends_with", 1, 1, (ctx, a, node) -> s(a).endsWith(Args.string("ends_with", a[1], node)));
        r.method(String.class, "replace", 2, 2, (ctx, a, node) -> replace(s(a), Args.string("replace", a[1], node), Args.string("replace", a[2], node), node));
        r.method(String.class, "upper", 0, 0, (ctx, a, node) -> s(a).toUpperCase(Locale.ROOT));
        r.method(String.class, "lower", 0, 0, (ctx, a, node) -> s(a).toLowerCase(Locale.ROOT));
        r.method(String.class, "chars", 0, 0, (ctx, a, node) -> chars(s(a)));
        r.method(String.class, "parse_int", 0, 0, (ctx, a, node) -> Conversions.parseInt(s(a), node, -1));
        r.method(String.class, "parse_float", 0, 0, (ctx, a, node) -> Conversions.parseFloat(s(a), node, -1));
    }

    /** {@code s.replace(target, with)}, refusing a result past the length a string may have. */
    @TruffleBoundary
    private static String replace(String s, String target, String with, Node node) {
        if (with.length() > target.length()) {
            long count = 0;
            if (target.isEmpty()) {
                count = s.codePointCount(0, s.length()) + 1L; // before every character, and at the end
            } else {
                for (int i = s.indexOf(target); i >= 0; i = s.indexOf(target, i + target.length())) {
                    count++;
                }
            }
            StringAccumulator.checkLength(s.length() + count * (with.length() - target.length()), node);
        }
        return target.isEmpty() ? betweenCharacters(s, with) : s.replace(target, with);
    }

    /** Rust's {@code replace("", with)}: before every character and at the end; a character outside the BMP is one. */
    private static String betweenCharacters(String s, String with) {
        StringBuilder out = new StringBuilder(s.length() + with.length() * (s.length() + 1));
        out.append(with);
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            out.appendCodePoint(s.codePointAt(i)).append(with);
        }
        return out.toString();
    }

    private static String s(Object[] receiverAndArgs) {
        return (String) receiverAndArgs[0];
    }

    /** Without a separator: the words between runs of whitespace. An empty separator: the characters. */
    @TruffleBoundary
    private static AlList split(String s, String sep) {
        List<Object> parts = new ArrayList<>();
        if (sep == null) {
            int start = -1;
            for (int i = 0; i <= s.length(); i++) {
                boolean space = i == s.length() || Whitespace.isSpace(s.charAt(i));
                if (space && start >= 0) {
                    parts.add(s.substring(start, i));
                    start = -1;
                } else if (!space && start < 0) {
                    start = i;
                }
            }
        } else if (sep.isEmpty()) {
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
        return new AlList(parts);
    }

    @TruffleBoundary
    private static AlList chars(String s) {
        AlList chars = new AlList();
        s.codePoints().forEach(cp -> chars.add(Character.toString(cp)));
        return chars;
    }
}
