package asynclang.language.parser;

/**
 * Token kinds. The numbers are those of the reference grammar's lexer
 * (grammar/src/main/antlr4/asynclang/grammar/AsyncLangLexer.g4), so that sets of expected
 * tokens are listed in the same order as they always were; end of file sorts first.
 */
final class Tokens {

    private Tokens() {
    }

    static final int EOF = 0;

    static final int LET = 1;
    static final int FN = 2;
    static final int ASYNC = 3;
    static final int AWAIT = 4;
    static final int IF = 5;
    static final int ELSE = 6;
    static final int WHILE = 7;
    static final int LOOP = 8;
    static final int FOR = 9;
    static final int IN = 10;
    static final int BREAK = 11;
    static final int CONTINUE = 12;
    static final int RETURN = 13;
    static final int TRUE = 14;
    static final int FALSE = 15;
    static final int NIL = 16;
    static final int TRY = 17;
    static final int CATCH = 18;
    static final int FINALLY = 19;
    static final int THROW = 20;
    static final int IMPORT = 21;
    static final int AS = 22;

    static final int DURATION = 23;
    static final int FLOAT = 24;
    static final int INT = 25;
    static final int IDENT = 26;
    static final int STRING_OPEN = 27;

    static final int PLUS_ASSIGN = 28;
    static final int MINUS_ASSIGN = 29;
    static final int STAR_ASSIGN = 30;
    static final int SLASH_ASSIGN = 31;
    static final int PERCENT_ASSIGN = 32;
    static final int EQ = 33;
    static final int NE = 34;
    static final int LE = 35;
    static final int GE = 36;
    static final int AND = 37;
    static final int OR = 38;
    static final int DOTDOTEQ = 39;
    static final int DOTDOT = 40;
    static final int LT = 41;
    static final int GT = 42;
    static final int ASSIGN = 43;
    static final int PLUS = 44;
    static final int MINUS = 45;
    static final int STAR = 46;
    static final int SLASH = 47;
    static final int PERCENT = 48;
    static final int BANG = 49;
    static final int PIPE = 50;
    static final int DOT = 51;
    static final int COMMA = 52;
    static final int SEMI = 53;
    static final int COLON = 54;
    static final int LPAREN = 55;
    static final int RPAREN = 56;
    static final int LBRACK = 57;
    static final int RBRACK = 58;
    static final int LBRACE = 59;
    static final int RBRACE = 60;

    // Inside strings (the reference lexer's STRING mode). 61-66 are the reference lexer's
    // skipped and error tokens (whitespace, comments, the #! line), which this lexer never produces.
    static final int STRING_CLOSE = 67;
    static final int INTERPOLATION_OPEN = 68;
    static final int STRING_ESCAPE = 69;
    static final int STRING_BAD_ESCAPE = 70;
    static final int STRING_TEXT = 71;
    /** How many kinds there are: the size of a table indexed by kind. */
    static final int KIND_COUNT = STRING_TEXT + 1;

    /** The keywords, indexed by kind (LET..AS). */
    static final String[] KEYWORDS = {null, "let", "fn", "async", "await", "if", "else", "while", "loop", "for", "in", "break", "continue",
                    "return", "true", "false", "nil", "try", "catch", "finally", "throw", "import", "as"};

    /** How punctuation is spelled, indexed by kind - PLUS_ASSIGN. */
    private static final String[] PUNCTUATION = {"+=", "-=", "*=", "/=", "%=", "==", "!=", "<=", ">=", "&&", "||", "..=", "..", "<", ">", "=",
                    "+", "-", "*", "/", "%", "!", "|", ".", ",", ";", ":", "(", ")", "[", "]", "{", "}"};

    /** The keyword kind of an identifier-shaped word, or IDENT. */
    static int keyword(String s, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 8) {
            return IDENT;
        }
        char c = s.charAt(start);
        if (c < 'a' || c > 'w') {
            return IDENT;
        }
        for (int k = LET; k <= AS; k++) {
            String word = KEYWORDS[k];
            if (word.length() == length && word.charAt(0) == c && s.startsWith(word, start)) {
                return k;
            }
        }
        return IDENT;
    }

    /** The words a message uses for a kind of token: `identifier`, `number`, or the token itself in backquotes. */
    static String name(int kind) {
        switch (kind) {
            case EOF:
                return "end of file";
            case IDENT:
                return "identifier";
            case INT:
            case FLOAT:
            case DURATION:
                return "number";
            case STRING_OPEN:
                return "string";
            case STRING_CLOSE:
                return "`\"`";
            case INTERPOLATION_OPEN:
                return "`{`";
            default:
                if (kind >= LET && kind <= AS) {
                    return "`" + KEYWORDS[kind] + "`";
                }
                if (kind >= PLUS_ASSIGN && kind <= RBRACE) {
                    return "`" + PUNCTUATION[kind - PLUS_ASSIGN] + "`";
                }
                return "string text";
        }
    }

    /** How a closing bracket is spelled. */
    static String spelling(int kind) {
        return PUNCTUATION[kind - PLUS_ASSIGN];
    }

    static boolean isCloser(int kind) {
        return kind == RPAREN || kind == RBRACK || kind == RBRACE;
    }

    static boolean isOpener(int kind) {
        return kind == LPAREN || kind == LBRACK || kind == LBRACE || kind == INTERPOLATION_OPEN;
    }

    // ---------------------------------------------------------------- sets of kinds (bits of a long; kinds 0..60)

    static long bit(int kind) {
        return kind < 64 ? 1L << kind : 0L;
    }

    static boolean in(long set, int kind) {
        return kind < 64 && (set & (1L << kind)) != 0;
    }

    /** Tokens that start an expression. */
    static final long EXPRESSION_START = bit(IDENT) | bit(INT) | bit(FLOAT) | bit(DURATION) | bit(STRING_OPEN) | bit(TRUE) | bit(FALSE) | bit(NIL)
                    | bit(LPAREN) | bit(LBRACK) | bit(LBRACE) | bit(MINUS) | bit(BANG) | bit(PIPE) | bit(OR) | bit(ASYNC) | bit(IF)
                    | bit(WHILE) | bit(LOOP) | bit(FOR) | bit(TRY);

    /** Tokens that start a statement (an expression statement included). */
    static final long STATEMENT_START = EXPRESSION_START | bit(SEMI) | bit(LET) | bit(FN) | bit(IMPORT) | bit(RETURN) | bit(BREAK) | bit(CONTINUE)
                    | bit(THROW);

    static final long BINARY_OPERATORS = bit(PLUS) | bit(MINUS) | bit(STAR) | bit(SLASH) | bit(PERCENT) | bit(EQ) | bit(NE) | bit(LT) | bit(LE)
                    | bit(GT) | bit(GE) | bit(AND) | bit(OR) | bit(DOTDOT) | bit(DOTDOTEQ) | bit(ASSIGN) | bit(PLUS_ASSIGN) | bit(MINUS_ASSIGN)
                    | bit(STAR_ASSIGN) | bit(SLASH_ASSIGN) | bit(PERCENT_ASSIGN);

    /** Statement keywords after which error recovery may resume when they start a line. */
    static final long RESUME_KEYWORDS = bit(LET) | bit(FN) | bit(IMPORT) | bit(RETURN) | bit(BREAK) | bit(CONTINUE) | bit(THROW);

    static boolean startsExpression(int kind) {
        return in(EXPRESSION_START, kind);
    }
}
