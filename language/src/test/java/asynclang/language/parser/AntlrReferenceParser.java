package asynclang.language.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

import asynclang.grammar.AsyncLang;
import asynclang.grammar.AsyncLangLexer;
import asynclang.language.ast.FunctionNode;
import asynclang.language.parser.SourceParser.Problem;
import asynclang.language.parser.SourceParser.Result;

/**
 * The parser the engine used before the hand-written one, kept as the reference it is tested
 * against: ANTLR's lexer and parser generated from grammar/src/main/antlr4, the parse tree turned
 * into the AST by {@link AstBuilder}, syntax errors worded by {@link SyntaxErrorStrategy}.
 * <p>
 * Source text to AST. Lexical problems (stray characters, unterminated strings and comments,
 * bad escapes) and syntax errors are all collected, in source order, rather than stopping at
 * the first. After an unterminated string or comment the rest of the file is noise, so syntax
 * errors past it are dropped; so is any second syntax error on a line, which is usually
 * ANTLR's recovery tripping over the first.
 */
final class AntlrReferenceParser {

    private static final int MAX_ERRORS = SourceParser.MAX_ERRORS;

    private AntlrReferenceParser() {
    }

    static Result parse(String source) {
        SourceText text = new SourceText(source);
        AsyncLangLexer lexer = new AsyncLangLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        List<Problem> problems = new ArrayList<>();
        int noiseFrom = lexicalProblems(tokens.getTokens(), text, problems);

        AsyncLang parser = new AsyncLang(tokens);
        parser.removeErrorListeners();
        SyntaxErrorStrategy strategy = new SyntaxErrorStrategy();
        parser.setErrorHandler(strategy);
        AsyncLang.ProgramContext tree = parser.program();

        // A syntax error on a line with a lexical one is almost always its echo.
        java.util.Set<Integer> lexicalLines = new java.util.HashSet<>();
        for (Problem p : problems) {
            lexicalLines.add(lineOf(source, p.start()));
        }
        int lastErrorLine = -1;
        for (SyntaxErrorStrategy.Report r : strategy.reports) {
            Token t = r.token();
            int start = r.after() ? text.charOffset(t.getStopIndex() + 1) : text.charOffset(t.getStartIndex());
            if (t.getType() == Token.EOF) {
                // Point at the end of the last line that has text, where the missing part goes.
                start = source.stripTrailing().length();
            }
            int length = r.after() || t.getType() == Token.EOF ? 1 : Math.max(1, text.charOffset(t.getStopIndex() + 1) - start);
            if (start >= noiseFrom || t.getLine() == lastErrorLine || lexicalLines.contains(lineOf(source, start))) {
                continue;
            }
            lastErrorLine = t.getLine();
            problems.add(new Problem(start, length, r.message()));
        }

        FunctionNode program = null;
        if (strategy.reports.isEmpty()) {
            program = new AstBuilder(text, problems).program(tree);
        }
        problems.sort(Comparator.comparingInt(Problem::start));
        boolean more = problems.size() > MAX_ERRORS;
        return new Result(program, more ? problems.subList(0, MAX_ERRORS) : problems, more);
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Adds the lexical problems; returns the offset after which the text is noise (or MAX_VALUE). */
    private static int lexicalProblems(List<Token> tokens, SourceText text, List<Problem> problems) {
        int noiseFrom = Integer.MAX_VALUE;
        Deque<Token> openStrings = new ArrayDeque<>();
        for (Token t : tokens) {
            int start = text.charOffset(t.getStartIndex());
            switch (t.getType()) {
                case AsyncLangLexer.STRAY_CHARACTER -> problems.add(new Problem(start, 1, "unexpected character `" + t.getText() + "`"));
                case AsyncLangLexer.UNTERMINATED_COMMENT -> {
                    problems.add(new Problem(start, 2, "unterminated block comment"));
                    noiseFrom = Math.min(noiseFrom, start);
                }
                case AsyncLangLexer.STRING_BAD_ESCAPE -> {
                    // A lone backslash at the end of the file is part of an unterminated string.
                    if (t.getText().equals("\\u")) {
                        problems.add(new Problem(start, 2, "invalid unicode escape: expected hex digits in braces, as in `\\u{1F600}`"));
                    } else if (t.getText().length() == 2) {
                        problems.add(new Problem(start, 2, "unknown escape sequence `" + t.getText() + "`"));
                    }
                }
                case AsyncLangLexer.STRING_OPEN -> openStrings.push(t);
                case AsyncLangLexer.STRING_CLOSE -> openStrings.poll();
                default -> {
                }
            }
        }
        if (!openStrings.isEmpty()) {
            Token open = openStrings.peekLast();
            int start = text.charOffset(open.getStartIndex());
            problems.add(new Problem(start, 1, "unterminated string"));
            noiseFrom = Math.min(noiseFrom, start);
        }
        return noiseFrom;
    }
}
