package asynclang.language.errors;

/**
 * How many terminal columns a character takes, so a caret lands under it: two for East Asian
 * wide and fullwidth characters and emoji, one for the rest (the ranges wcwidth(3) treats as
 * wide; combining marks are not narrowed, as the column number counts them too).
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(int c) {
        return isWide(c) ? 2 : 1;
    }

    /** The columns {@code text} takes. */
    static int of(CharSequence text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115F // Hangul Jamo initials
                        || c == 0x2329 || c == 0x232A
                        || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F // CJK, Yi
                        || c >= 0xAC00 && c <= 0xD7A3 // Hangul syllables
                        || c >= 0xF900 && c <= 0xFAFF // CJK compatibility ideographs
                        || c >= 0xFE10 && c <= 0xFE19 || c >= 0xFE30 && c <= 0xFE6F // vertical and compatibility forms
                        || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 // fullwidth forms
                        || c >= 0x1F300 && c <= 0x1F64F || c >= 0x1F900 && c <= 0x1F9FF // pictographs, emoticons
                        || c >= 0x20000 && c <= 0x3FFFD); // CJK extensions
    }
}
