package asynclang.language.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import asynclang.grammar.AsyncLang;

/**
 * Part of the reference parser (see AntlrReferenceParser), no longer used by the engine.
 * <p>
 * ANTLR's recovery, with messages in the language's own words: "expected `;`, found `let`"
 * instead of "mismatched input 'let' expecting ';'". A missing token is reported just after
 * the token it should follow, which is where the user has to type it.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

    /** Where a syntax error points: the token it is about, or the spot right after one. */
    record Report(Token token, boolean after, String message) {
    }

    final List<Report> reports = new ArrayList<>();

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        IntervalSet expected = e.getExpectedTokens();
        if (e.getOffendingToken().getType() == Token.EOF) {
            expected = recognizer.getExpectedTokens();
        }
        report(e.getOffendingToken(), false, expectedFound(recognizer, expected, e.getOffendingToken()));
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        report(e.getOffendingToken(), false, expectedFound(recognizer, e.getExpectedTokens(), e.getOffendingToken()));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        report(t, false, t.getType() == Token.EOF ? expectedFound(recognizer, getExpectedTokens(recognizer), t) : "unexpected " + found(t));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token current = recognizer.getCurrentToken();
        Token previous = recognizer.getInputStream().LT(-1);
        String message = "expected " + describe(getExpectedTokens(recognizer)) + ", found " + found(current);
        if (previous != null) {
            report(previous, true, message);
        } else {
            report(current, false, message);
        }
    }

    private void report(Token token, boolean after, String message) {
        reports.add(new Report(token, after, message));
    }

    private static String expectedFound(Parser recognizer, IntervalSet expected, Token offending) {
        if (offending.getType() == Token.EOF && expected != null) {
            // At the end of the file, the useful news is which bracket is still open.
            for (int closing : new int[]{AsyncLang.RBRACE, AsyncLang.RPAREN, AsyncLang.RBRACK}) {
                if (expected.contains(closing)) {
                    return "expected " + tokenName(closing) + ", found end of file";
                }
            }
        }
        String what = expected == null ? null : describe(expected);
        return what == null ? "unexpected " + found(offending) : "expected " + what + ", found " + found(offending);
    }

    static String found(Token t) {
        if (t.getType() == Token.EOF) {
            return "end of file";
        }
        String text = t.getText();
        if (t.getType() == AsyncLang.STRING_OPEN) {
            return "string";
        }
        if (text.length() > 20) {
            text = text.substring(0, 20) + "...";
        }
        return "`" + text + "`";
    }

    /** The expected set in words; expression starters collapse into "expression". */
    static String describe(IntervalSet expected) {
        Set<String> words = new LinkedHashSet<>();
        boolean expression = expected.contains(AsyncLang.IDENT) && expected.contains(AsyncLang.INT) && expected.contains(AsyncLang.LPAREN);
        for (int type : expected.toList()) {
            if (expression && startsExpression(type)) {
                words.add("expression");
            } else {
                words.add(tokenName(type));
            }
        }
        if (words.size() > 4) {
            return expression ? "expression" : null;
        }
        List<String> list = new ArrayList<>(words);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    private static boolean startsExpression(int type) {
        return switch (type) {
            case AsyncLang.IDENT, AsyncLang.INT, AsyncLang.FLOAT, AsyncLang.DURATION, AsyncLang.STRING_OPEN, AsyncLang.TRUE, AsyncLang.FALSE,
                            AsyncLang.NIL, AsyncLang.LPAREN, AsyncLang.LBRACK, AsyncLang.LBRACE, AsyncLang.MINUS, AsyncLang.BANG, AsyncLang.PIPE,
                            AsyncLang.OR, AsyncLang.ASYNC, AsyncLang.IF, AsyncLang.WHILE, AsyncLang.LOOP, AsyncLang.FOR, AsyncLang.TRY ->
                true;
            default -> false;
        };
    }

    static String tokenName(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case AsyncLang.IDENT -> "identifier";
            case AsyncLang.INT, AsyncLang.FLOAT, AsyncLang.DURATION -> "number";
            case AsyncLang.STRING_OPEN -> "string";
            default -> {
                String literal = AsyncLang.VOCABULARY.getLiteralName(type);
                yield literal == null ? AsyncLang.VOCABULARY.getDisplayName(type) : "`" + literal.substring(1, literal.length() - 1) + "`";
            }
        };
    }
}
