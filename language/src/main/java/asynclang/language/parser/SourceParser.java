package asynclang.language.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import asynclang.language.ast.FunctionNode;

/**
 * Source text to AST: the {@link Lexer} and the {@link Parser}, hand-written, in time linear in
 * the text. Lexical problems (stray characters, unterminated strings and comments, bad escapes)
 * and syntax errors are all collected, in source order, rather than stopping at the first: after
 * a syntax error the parser skips to the end of the statement and goes on. After an unterminated
 * string or comment the rest of the file is noise, so syntax errors past it are dropped; so is
 * any second syntax error on a line, and one on a line with a lexical error (both are usually
 * echoes of the first).
 * <p>
 * The reference for the syntax is the ANTLR grammar in grammar/src/main/antlr4; the tests parse
 * every script with a parser generated from it too and compare the trees.
 */
public final class SourceParser {

    public static final int MAX_ERRORS = 20;

    /** A problem at [start, start + length) in UTF-16 offsets. */
    public record Problem(int start, int length, String message) {
    }

    /**
     * The top level (null if there were syntax errors) and the problems found: at most
     * {@link #MAX_ERRORS}, and {@code moreProblems} when there were others after them.
     */
    public record Result(FunctionNode program, List<Problem> problems, boolean moreProblems) {
    }

    /** Problems in source order (a class, not a lambda: nothing to bootstrap on the first parse). */
    private static final Comparator<Problem> BY_START = new Comparator<>() {
        @Override
        public int compare(Problem a, Problem b) {
            return Integer.compare(a.start(), b.start());
        }
    };

    private SourceParser() {
    }

    /** Whether {@code word} is one of the language's keywords ({@code let}, {@code nil}, ...). */
    public static boolean isKeyword(String word) {
        return Tokens.keyword(word, 0, word.length()) != Tokens.IDENT;
    }

    public static Result parse(String source) {
        Lexer lexer = Lexer.lex(source);
        List<Problem> problems = new ArrayList<>(lexer.problems);
        Parser parser = new Parser(lexer, problems);
        FunctionNode program = null;
        try {
            program = parser.program();
        } catch (Parser.Stop enough) {
            // One syntax error past MAX_ERRORS: the rest would not be shown.
        } catch (StackOverflowError e) {
            // The nesting limit should leave no way here; if the thread's stack is small, say so.
            try {
                parser.nestingTooDeepHere();
            } catch (Parser.Stop enough) {
                // already past MAX_ERRORS
            }
        }
        if (parser.hadSyntaxError || lexer.noiseFrom != Integer.MAX_VALUE) {
            program = null;
        }
        if (problems.size() > 1) {
            problems.sort(BY_START);
        }
        boolean more = problems.size() > MAX_ERRORS;
        return new Result(program, more ? problems.subList(0, MAX_ERRORS) : problems, more);
    }
}
