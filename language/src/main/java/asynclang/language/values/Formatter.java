package asynclang.language.values;

import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import asynclang.language.parser.SourceParser;

/**
 * The string forms of values (LANGUAGE.md section 5). {@link #display} is what {@code str} and
 * {@code println} produce: strings raw. {@link #repr} is the form inside lists and maps: strings
 * quoted. A list or map that contains itself prints the inner occurrence as {@code [...]} or
 * {@code {...}} instead of recursing forever.
 */
public final class Formatter {

    private Formatter() {
    }

    @TruffleBoundary
    public static String display(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return text(v, false);
    }

    @TruffleBoundary
    public static String repr(Object v) {
        return text(v, true);
    }

    private static String text(Object v, boolean quoted) {
        StringBuilder sb = new StringBuilder();
        try {
            append(sb, v, quoted, new IdentityHashMap<>());
        } catch (StackOverflowError e) {
            throw TooDeep.error("print");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v, boolean quoted, Map<Object, Boolean> open) {
        if (v instanceof String s) {
            if (quoted) {
                quote(sb, s);
            } else {
                sb.append(s);
            }
        } else if (v instanceof Double d) {
            sb.append(formatFloat(d));
        } else if (v instanceof AlList list) {
            if (open.containsKey(list)) {
                sb.append("[...]");
                return;
            }
            open.put(list, true);
            sb.append('[');
            for (int i = 0; i < list.items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, list.items.get(i), true, open);
            }
            sb.append(']');
            open.remove(list);
        } else if (v instanceof AlMap map) {
            if (open.containsKey(map)) {
                sb.append("{...}");
                return;
            }
            open.put(map, true);
            sb.append('{');
            boolean first = true;
            for (Map.Entry<Object, Object> e : map.entries.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                if (e.getKey() instanceof String key && isIdentifier(key) && !SourceParser.isKeyword(key)) {
                    sb.append(key);
                } else {
                    append(sb, e.getKey(), true, open);
                }
                sb.append(": ");
                append(sb, AlMap.value(e.getValue()), true, open);
            }
            sb.append('}');
            open.remove(map);
        } else if (v instanceof AlError e && quoted) {
            sb.append("<error: ").append(e.message).append('>');
        } else if (v == null) {
            sb.append("nil");
        } else if (Foreign.is(v)) {
            sb.append(Foreign.display(v));
        } else {
            sb.append(v);
        }
    }

    /**
     * Floats always show that they are floats: a dot or an exponent. Digits are the shortest
     * that round-trip; plain notation for 1e-6 <= |d| < 1e21, exponent notation outside
     * ({@code 1e+21}, {@code 1.5e-7}), as JavaScript does.
     */
    @TruffleBoundary
    public static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        } else if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        String shortest = Math.abs(d) < Double.MIN_NORMAL ? shortestSubnormal(d) : Double.toString(d);
        int e = shortest.indexOf('E');
        if (e < 0) {
            return shortest; // 1e-3 <= |d| < 1e7: Java's form is already plain, shortest, with a dot
        }
        String mantissa = shortest.substring(0, e);
        int exponent = Integer.parseInt(shortest, e + 1, shortest.length(), 10);
        double abs = Math.abs(d);
        if (abs >= 1e-6 && abs < 1e21) {
            return plain(mantissa, exponent);
        }
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + (exponent < 0 ? "" : "+") + exponent;
    }

    /**
     * Java gives the smallest subnormals at least two digits ({@code 4.9E-324} for
     * {@code 5e-324}, which reads back the same): the fewest digits that read back, in Java's
     * form. Rare, so BigDecimal's start-up cost is paid only here.
     */
    private static String shortestSubnormal(double d) {
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            java.math.BigDecimal rounded = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == d) {
                java.math.BigDecimal stripped = rounded.stripTrailingZeros();
                String all = stripped.unscaledValue().abs().toString();
                // d.ddd and the power of ten of its first digit, as Double.toString writes them
                int exponent = stripped.precision() - stripped.scale() - 1;
                String mantissa = all.charAt(0) + "." + (all.length() > 1 ? all.substring(1) : "0");
                return (d < 0 ? "-" : "") + mantissa + "E" + exponent;
            }
        }
        return Double.toString(d);
    }

    /**
     * Java's {@code d.ddd} times ten to {@code exponent} in plain notation: the same digits with
     * the point moved (no BigDecimal: its first use costs tens of milliseconds of start-up).
     */
    private static String plain(String mantissa, int exponent) {
        boolean negative = mantissa.charAt(0) == '-';
        StringBuilder digits = new StringBuilder(mantissa.length()).append(mantissa, negative ? 1 : 0, mantissa.length());
        digits.deleteCharAt(1); // the point after the first digit
        while (digits.length() > 1 && digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        int point = exponent + 1; // digits before the point
        StringBuilder out = new StringBuilder(digits.length() + Math.abs(point) + 3);
        if (negative) {
            out.append('-');
        }
        if (point <= 0) {
            out.append("0.").repeat('0', -point).append(digits);
        } else if (point >= digits.length()) {
            out.append(digits).repeat('0', point - digits.length()).append(".0");
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return out.toString();
    }

    /** A string as it would be written in source, so it reads back as the same string. */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                // An interpolation in source: escaped, so the text reads back as itself.
                case '{' -> sb.append("\\{");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    public static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) && s.charAt(0) < 128 || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }
}
