package asynclang.language.parser;

import java.math.BigDecimal;
import java.math.BigInteger;

import asynclang.language.ast.DurationLiteral;

/** Decoding literal token text into values. Each method throws IllegalArgumentException with a user-facing message. */
public final class Literals {

    private Literals() {
    }

    /** {@code 42}, {@code 1_000_000}, {@code 0xff}, {@code 0o17}, {@code 0b1010}: Long, or BigInteger past a long. */
    static Object integer(String text) {
        String digits = text.replace("_", "");
        int radix = 10;
        if (digits.length() > 1 && digits.charAt(0) == '0' && Character.isLetter(digits.charAt(1))) {
            radix = switch (digits.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            digits = digits.substring(2);
        }
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("invalid integer literal `" + text + "`");
        }
        BigInteger value = new BigInteger(digits, radix);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    static double floating(String text) {
        double d = Double.parseDouble(text.replace("_", ""));
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("float literal `" + text + "` is out of range");
        }
        return d;
    }

    /** {@code 250ms}, {@code 1.5s}, {@code 2h}: a number directly followed by a unit. */
    public static DurationLiteral duration(String text) {
        int unitStart = text.length();
        while (Character.isLetter(text.charAt(unitStart - 1))) {
            unitStart--;
        }
        long unitNanos = switch (text.substring(unitStart)) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60 * 1_000_000_000L;
            default -> 3600 * 1_000_000_000L;
        };
        String number = text.substring(0, unitStart).replace("_", "");
        long nanos = nanosInLong(number, unitNanos);
        return new DurationLiteral(nanos >= 0 ? nanos : nanosInDecimal(number, unitNanos));
    }

    /**
     * The common literals ({@code 1s}, {@code 250ms}, {@code 1.5s}) in long arithmetic, or -1
     * when the number has an exponent, more than six decimals, or overflows. BigDecimal would do
     * them all, but its first use costs 15-60 ms of start-up (its class initialization spins
     * method handles), which every script with a duration literal paid.
     */
    private static long nanosInLong(String number, long unitNanos) {
        int dot = number.indexOf('.');
        String whole = dot < 0 ? number : number.substring(0, dot);
        String decimals = dot < 0 ? "" : number.substring(dot + 1);
        if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0 || whole.length() > 18 || decimals.length() > 6) {
            return -1;
        }
        try {
            long nanos = Math.multiplyExact(Long.parseLong(whole), unitNanos);
            if (decimals.isEmpty()) {
                return nanos;
            }
            long scale = 1;
            for (int i = 0; i < decimals.length(); i++) {
                scale *= 10;
            }
            long part = Long.parseLong(decimals) * unitNanos; // < 10^6 * 3.6 * 10^12: fits
            long rounded = part / scale;
            long twice = 2 * (part % scale);
            if (twice > scale || twice == scale && ((nanos + rounded) & 1) == 1) {
                rounded++; // half to even (of the whole result), as BigDecimal's HALF_EVEN
            }
            return Math.addExact(nanos, rounded);
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    private static long nanosInDecimal(String number, long unitNanos) {
        BigDecimal nanos = new BigDecimal(number).multiply(BigDecimal.valueOf(unitNanos));
        BigDecimal whole = nanos.setScale(0, java.math.RoundingMode.HALF_EVEN);
        // Past about 292 years: the longest Duration, which means "never" (LANGUAGE.md 4.1).
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        return whole.longValueExact();
    }

    /** One escape sequence such as {@code \n} or a Unicode escape with braces. */
    static String escape(String text) {
        char c = text.charAt(1);
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '0' -> "\0";
            case 'u' -> {
                int codePoint;
                try {
                    codePoint = Integer.parseInt(text.substring(3, text.length() - 1), 16);
                } catch (NumberFormatException e) {
                    codePoint = -1;
                }
                if (!Character.isValidCodePoint(codePoint) || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    throw new IllegalArgumentException("invalid unicode escape `" + text + "`");
                }
                yield Character.toString(codePoint);
            }
            default -> String.valueOf(c);
        };
    }
}
