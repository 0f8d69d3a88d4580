package asynclang.language.parser;

/**
 * ANTLR counts code points; Truffle sources count UTF-16 chars. The two agree until the first
 * character outside the Basic Multilingual Plane (an emoji, say); this maps between them.
 */
final class SourceText {

    private final String text;
    /** Null when every code point is one char, the common case. */
    private final int[] charOffsets;

    SourceText(String text) {
        this.text = text;
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsets = null;
        } else {
            charOffsets = new int[codePoints + 1];
            int c = 0;
            for (int i = 0; i < codePoints; i++) {
                charOffsets[i] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            charOffsets[codePoints] = c;
        }
    }

    String text() {
        return text;
    }

    int charOffset(int codePointIndex) {
        if (charOffsets == null) {
            return Math.min(codePointIndex, text.length());
        }
        return charOffsets[Math.min(Math.max(codePointIndex, 0), charOffsets.length - 1)];
    }
}
