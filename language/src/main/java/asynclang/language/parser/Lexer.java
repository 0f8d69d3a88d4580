package asynclang.language.parser;

import java.util.ArrayList;
import java.util.List;

import asynclang.language.parser.SourceParser.Problem;

/**
 * Source text to tokens, in one pass and in time linear in the text, nested comments and
 * interpolations included (counters and explicit stacks, no recursion). The tokens are those of
 * the reference grammar's lexer, AsyncLangLexer.g4, with the same longest-match rules; offsets
 * are UTF-16 offsets into the source.
 * <p>
 * Strings follow the reference lexer's modes: {@code "} enters a string, <code>{</code> inside one
 * starts an interpolated expression, and every <code>{</code> in code pushes a mode too, so that a
 * <code>}</code> returns to whatever mode it came from.
 * <p>
 * Besides the tokens the lexer records the bracket structure the parser's error recovery uses:
 * which closer matches which opener (a closer that does not match the innermost opener closes
 * the nearest one it matches, and the ones above it stay unmatched; a closer that matches none
 * is stray), how many brackets are open before each token, and which tokens start a line.
 * <p>
 * Lexical problems (stray characters, unknown escapes, strings and comments that never close)
 * are collected; after a string or a comment that never closes the rest of the file is noise.
 */
final class Lexer {

    private static final int DEFAULT_MODE = 0;
    private static final int STRING_MODE = 1;

    final String src;
    private final int n;

    int count;
    int[] kind;
    int[] start;
    int[] end;
    /** Opener to its closer and back, a string's opening quote to its closing one; -1 when none. */
    int[] match;
    /** Brackets (of any kind) open before the token. */
    int[] depth;
    /** Braces open before the token. */
    int[] braceDepth;
    /** Whether the token is the first on its line. */
    boolean[] lineStart;

    final List<Problem> problems = new ArrayList<>();
    /** Where the noise after an unterminated string or comment starts (MAX_VALUE if nowhere). */
    int noiseFrom = Integer.MAX_VALUE;

    private int mode = DEFAULT_MODE;
    private int[] modes = new int[16];
    private int modeCount;
    /** Token indices of the strings open now, outermost first. */
    private int[] strings = new int[16];
    private int stringCount;
    /** Token indices of the brackets open now, outermost first. */
    private int[] brackets = new int[16];
    private int bracketCount;
    private int openParens;
    private int openBrackets;
    private int openBraces;
    private boolean newline = true;

    private Lexer(String src) {
        this.src = src;
        this.n = src.length();
        int capacity = Math.max(16, n / 3 + 4);
        kind = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        match = new int[capacity];
        depth = new int[capacity];
        braceDepth = new int[capacity];
        lineStart = new boolean[capacity];
    }

    static Lexer lex(String src) {
        Lexer lexer = new Lexer(src);
        lexer.run();
        return lexer;
    }

    private void run() {
        // A `#!` first line (an executable script: `#!/usr/bin/env asynclang`) is a comment.
        int i = src.startsWith("#!") ? lineComment(2) : 0;
        while (i < n) {
            i = mode == STRING_MODE ? stringToken(i) : codeToken(i);
        }
        if (stringCount > 0) {
            int open = start[strings[0]];
            problems.add(new Problem(open, 1, "unterminated string"));
            noiseFrom = Math.min(noiseFrom, open);
        }
        add(Tokens.EOF, n, n);
    }

    // ---------------------------------------------------------------- code

    private int codeToken(int i) {
        char c = src.charAt(i);
        switch (c) {
            case '\n':
                newline = true;
                return i + 1;
            case ' ', '\t', '\r', '\f', '\uFEFF':
                return i + 1;
            case '"':
                strings = push(strings, stringCount++, count);
                pushMode(STRING_MODE);
                return add(Tokens.STRING_OPEN, i, i + 1);
            case '/':
                if (i + 1 < n) {
                    char d = src.charAt(i + 1);
                    if (d == '/') {
                        return lineComment(i + 2);
                    }
                    if (d == '*') {
                        return blockComment(i);
                    }
                }
                return operator(i, Tokens.SLASH, Tokens.SLASH_ASSIGN);
            case '+':
                return operator(i, Tokens.PLUS, Tokens.PLUS_ASSIGN);
            case '-':
                return operator(i, Tokens.MINUS, Tokens.MINUS_ASSIGN);
            case '*':
                return operator(i, Tokens.STAR, Tokens.STAR_ASSIGN);
            case '%':
                return operator(i, Tokens.PERCENT, Tokens.PERCENT_ASSIGN);
            case '=':
                return operator(i, Tokens.ASSIGN, Tokens.EQ);
            case '!':
                return operator(i, Tokens.BANG, Tokens.NE);
            case '<':
                return operator(i, Tokens.LT, Tokens.LE);
            case '>':
                return operator(i, Tokens.GT, Tokens.GE);
            case '&':
                if (i + 1 < n && src.charAt(i + 1) == '&') {
                    return add(Tokens.AND, i, i + 2);
                }
                return stray(i);
            case '|':
                if (i + 1 < n && src.charAt(i + 1) == '|') {
                    return add(Tokens.OR, i, i + 2);
                }
                return add(Tokens.PIPE, i, i + 1);
            case '.':
                if (i + 1 < n && src.charAt(i + 1) == '.') {
                    if (i + 2 < n && src.charAt(i + 2) == '=') {
                        return add(Tokens.DOTDOTEQ, i, i + 3);
                    }
                    return add(Tokens.DOTDOT, i, i + 2);
                }
                return add(Tokens.DOT, i, i + 1);
            case ',':
                return add(Tokens.COMMA, i, i + 1);
            case ';':
                return add(Tokens.SEMI, i, i + 1);
            case ':':
                return add(Tokens.COLON, i, i + 1);
            case '(':
                return add(Tokens.LPAREN, i, i + 1);
            case ')':
                return add(Tokens.RPAREN, i, i + 1);
            case '[':
                return add(Tokens.LBRACK, i, i + 1);
            case ']':
                return add(Tokens.RBRACK, i, i + 1);
            case '{':
                pushMode(DEFAULT_MODE);
                return add(Tokens.LBRACE, i, i + 1);
            case '}':
                if (modeCount > 0) {
                    mode = modes[--modeCount];
                }
                return add(Tokens.RBRACE, i, i + 1);
            default:
                if (c >= '0' && c <= '9') {
                    return number(i);
                }
                if (isIdentifierStart(c)) {
                    int j = i + 1;
                    while (j < n && isIdentifierPart(src.charAt(j))) {
                        j++;
                    }
                    return add(Tokens.keyword(src, i, j), i, j);
                }
                return stray(i);
        }
    }

    private int operator(int i, int single, int withEquals) {
        if (i + 1 < n && src.charAt(i + 1) == '=') {
            return add(withEquals, i, i + 2);
        }
        return add(single, i, i + 1);
    }

    private int stray(int i) {
        int codePoint = src.codePointAt(i);
        problems.add(new Problem(i, 1, "unexpected character `" + Character.toString(codePoint) + "`"));
        return i + Character.charCount(codePoint);
    }

    private int lineComment(int i) {
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return i;
    }

    /** A block comment at {@code open}; comments nest. One that never closes swallows the rest of the file. */
    private int blockComment(int open) {
        int nesting = 1;
        int i = open + 2;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '*' && i + 1 < n && src.charAt(i + 1) == '/') {
                i += 2;
                if (--nesting == 0) {
                    return i;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                nesting++;
                i += 2;
            } else {
                if (c == '\n') {
                    newline = true;
                }
                i++;
            }
        }
        problems.add(new Problem(open, 2, "unterminated block comment"));
        noiseFrom = Math.min(noiseFrom, open);
        return n;
    }

    /**
     * {@code 42}, {@code 1_000}, {@code 0xff}, {@code 0o17}, {@code 0b1010}, {@code 3.14},
     * {@code 1e9}, {@code 250ms}: the longest of INT, FLOAT and DURATION that matches.
     */
    private int number(int i) {
        if (src.charAt(i) == '0' && i + 2 < n) {
            char r = src.charAt(i + 1);
            int radix = r == 'x' ? 16 : r == 'o' ? 8 : r == 'b' ? 2 : 0;
            if (radix != 0 && isDigitOrUnderscore(src.charAt(i + 2), radix)) {
                int j = i + 3;
                while (j < n && isDigitOrUnderscore(src.charAt(j), radix)) {
                    j++;
                }
                return add(Tokens.INT, i, j);
            }
        }
        int j = decimal(i);
        boolean isFloat = false;
        if (j + 1 < n && src.charAt(j) == '.' && isDigit(src.charAt(j + 1))) {
            j = decimal(j + 1);
            isFloat = true;
        }
        if (j < n && (src.charAt(j) == 'e' || src.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (src.charAt(k) == '+' || src.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(src.charAt(k))) {
                j = decimal(k);
                isFloat = true;
            }
        }
        if (j < n) {
            char u = src.charAt(j);
            if ((u == 'n' || u == 'u' || u == 'm') && j + 1 < n && src.charAt(j + 1) == 's') {
                return add(Tokens.DURATION, i, j + 2);
            }
            if (u == 's' || u == 'm' || u == 'h') {
                return add(Tokens.DURATION, i, j + 1);
            }
        }
        return add(isFloat ? Tokens.FLOAT : Tokens.INT, i, j);
    }

    /** {@code [0-9][0-9_]*} from {@code i}, which is a digit. */
    private int decimal(int i) {
        int j = i + 1;
        while (j < n && isDigitOrUnderscore(src.charAt(j), 10)) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrUnderscore(char c, int radix) {
        return switch (radix) {
            case 16 -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '_';
            case 8 -> c >= '0' && c <= '7' || c == '_';
            case 2 -> c == '0' || c == '1' || c == '_';
            default -> c >= '0' && c <= '9' || c == '_';
        };
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------- strings

    private int stringToken(int i) {
        char c = src.charAt(i);
        switch (c) {
            case '"':
                if (stringCount > 0) {
                    int open = strings[--stringCount];
                    match[open] = count;
                }
                mode = modes[--modeCount];
                return add(Tokens.STRING_CLOSE, i, i + 1);
            case '{':
                pushMode(DEFAULT_MODE);
                return add(Tokens.INTERPOLATION_OPEN, i, i + 1);
            case '\\':
                return escape(i);
            default:
                int j = i + 1;
                while (j < n) {
                    char d = src.charAt(j);
                    if (d == '"' || d == '\\' || d == '{') {
                        break;
                    }
                    j++;
                }
                return add(Tokens.STRING_TEXT, i, j);
        }
    }

    /** {@code \n \r \t \0 \\ \" \' \{ \}} and a Unicode escape with braces; anything else is reported. */
    private int escape(int i) {
        if (i + 1 >= n) {
            // A lone backslash at the end of the file is part of an unterminated string.
            return add(Tokens.STRING_BAD_ESCAPE, i, i + 1);
        }
        char c = src.charAt(i + 1);
        switch (c) {
            case 'n', 'r', 't', '0', '\\', '"', '\'', '{', '}':
                return add(Tokens.STRING_ESCAPE, i, i + 2);
            case 'u':
                if (i + 3 < n && src.charAt(i + 2) == '{' && isDigitOrUnderscore(src.charAt(i + 3), 16) && src.charAt(i + 3) != '_') {
                    int j = i + 4;
                    while (j < n && isDigitOrUnderscore(src.charAt(j), 16) && src.charAt(j) != '_') {
                        j++;
                    }
                    if (j < n && src.charAt(j) == '}') {
                        return add(Tokens.STRING_ESCAPE, i, j + 1);
                    }
                }
                problems.add(new Problem(i, 2, "invalid unicode escape: expected hex digits in braces, as in `\\u{1F600}`"));
                return add(Tokens.STRING_BAD_ESCAPE, i, i + 2);
            default:
                break;
        }
        int j = i + 1 + Character.charCount(src.codePointAt(i + 1));
        problems.add(new Problem(i, j - i, "unknown escape sequence `" + src.substring(i, j) + "`"));
        return add(Tokens.STRING_BAD_ESCAPE, i, j);
    }

    // ---------------------------------------------------------------- tokens and stacks

    private void pushMode(int next) {
        modes = push(modes, modeCount++, mode);
        mode = next;
    }

    private static int[] push(int[] stack, int size, int value) {
        if (size == stack.length) {
            stack = java.util.Arrays.copyOf(stack, size * 2);
        }
        stack[size] = value;
        return stack;
    }

    /** Adds a token; returns its end. */
    private int add(int k, int s, int e) {
        if (count == kind.length) {
            grow();
        }
        int t = count++;
        kind[t] = k;
        start[t] = s;
        end[t] = e;
        match[t] = -1;
        depth[t] = bracketCount;
        braceDepth[t] = openBraces;
        lineStart[t] = newline;
        newline = false;
        switch (k) {
            case Tokens.LPAREN, Tokens.LBRACK, Tokens.LBRACE, Tokens.INTERPOLATION_OPEN -> open(t, k);
            case Tokens.RPAREN, Tokens.RBRACK, Tokens.RBRACE -> close(t, k);
            default -> {
            }
        }
        return e;
    }

    private void open(int t, int k) {
        brackets = push(brackets, bracketCount++, t);
        if (k == Tokens.LPAREN) {
            openParens++;
        } else if (k == Tokens.LBRACK) {
            openBrackets++;
        } else {
            openBraces++;
        }
    }

    /** Matches a closer with the nearest open bracket of its kind; the ones above that stay unmatched. */
    private void close(int t, int k) {
        int open = k == Tokens.RPAREN ? openParens : k == Tokens.RBRACK ? openBrackets : openBraces;
        if (open == 0) {
            return;
        }
        while (true) {
            int o = brackets[--bracketCount];
            int ok = kind[o];
            if (ok == Tokens.LPAREN) {
                openParens--;
            } else if (ok == Tokens.LBRACK) {
                openBrackets--;
            } else {
                openBraces--;
            }
            boolean matches = switch (k) {
                case Tokens.RPAREN -> ok == Tokens.LPAREN;
                case Tokens.RBRACK -> ok == Tokens.LBRACK;
                default -> ok == Tokens.LBRACE || ok == Tokens.INTERPOLATION_OPEN;
            };
            if (matches) {
                match[o] = t;
                match[t] = o;
                return;
            }
        }
    }

    private void grow() {
        int capacity = kind.length * 2;
        kind = java.util.Arrays.copyOf(kind, capacity);
        start = java.util.Arrays.copyOf(start, capacity);
        end = java.util.Arrays.copyOf(end, capacity);
        match = java.util.Arrays.copyOf(match, capacity);
        depth = java.util.Arrays.copyOf(depth, capacity);
        braceDepth = java.util.Arrays.copyOf(braceDepth, capacity);
        lineStart = java.util.Arrays.copyOf(lineStart, capacity);
    }

    /** The text of token {@code t}. */
    String text(int t) {
        return src.substring(start[t], end[t]);
    }
}
