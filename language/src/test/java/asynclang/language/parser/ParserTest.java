package asynclang.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import asynclang.grammar.AsyncLangLexer;
import asynclang.language.ast.Expr;
import asynclang.language.ast.Stmt;
import asynclang.language.parser.SourceParser.Problem;
import asynclang.language.parser.SourceParser.Result;

/**
 * The hand-written parser's errors, recovery, limits and running time. (That it builds the
 * same trees as the reference grammar is ParserDifferentialTest's business.)
 */
class ParserTest {

    /** Problems as "line:column message", the way a user sees them. */
    static List<String> errors(String source) {
        Result r = SourceParser.parse(source);
        List<String> out = new ArrayList<>();
        for (Problem p : r.problems()) {
            out.add(position(source, p.start()) + " " + p.message());
        }
        return out;
    }

    static String position(String source, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    /** The parse happens on a thread with the launcher's stack size (-Xss64m), as in ./asynclang. */
    static Result parseOnBigStack(String source) throws InterruptedException {
        Result[] result = new Result[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = SourceParser.parse(source);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "parser-test", 64L << 20);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        return result[0];
    }

    // ---------------------------------------------------------------- messages

    @Test
    void aMissingSemicolonIsReportedRightAfterTheTokenItFollows() {
        assertEquals(List.of("1:10 expected `;`, found `let`"), errors("let a = 1\nlet b = 2;"));
        assertEquals(List.of("2:10 expected `;`, found `println`"), errors("// c\nlet a = 1\nprintln(a);"));
        assertEquals(List.of("1:6 expected `;`, found `6`"), errors("a = 5 6 7;"));
    }

    @Test
    void aMissingExpressionIsExpectedExpression() {
        assertEquals(List.of("1:9 expected expression, found `;`"), errors("let a = ;"));
        assertEquals(List.of("1:13 expected expression, found `*`"), errors("let a = 1 * * ;"));
        assertEquals(List.of("3:1 expected expression, found `}`"), errors("fn f() {\n    ok +\n}"));
        assertEquals(List.of("1:4 expected expression, found `)`"), errors("f(()));"));
        assertEquals(List.of("1:17 expected expression or `;`, found `)`"), errors("fn f() { return ) }"));
    }

    @Test
    void aTokenTheNextOneShowsToBeExtraIsUnexpected() {
        assertEquals(List.of("1:12 unexpected `*`"), errors("let z = 5 +* 6;"));
        assertEquals(List.of("1:5 unexpected `2`"), errors("f(1 2);"));
        assertEquals(List.of("1:9 unexpected `;`"), errors("let a = ;\nprintln(1);"));
        assertEquals(List.of("1:12 unexpected `)`"), errors("let a = f()) ;"));
        assertEquals(List.of("1:1 unexpected `)`"), errors(") let a = 1;"));
        assertEquals(List.of("1:6 unexpected `then`"), errors("if x then { 1 }"));
    }

    @Test
    void theEndOfTheFileIsReportedAtTheEndOfTheLastLineWithText() {
        assertEquals(List.of("2:16 expected `}`, found end of file"), errors("fn f() {\n    println(1);\n\n   \n"));
        assertEquals(List.of("1:8 expected expression, found end of file"), errors("let a = \n\n"));
        assertEquals(List.of("1:10 expected `)`, found end of file"), errors("println(1 "));
        assertEquals(List.of("1:8 expected `]`, found end of file"), errors("x = [1,"));
    }

    @Test
    void aSemicolonOrClosingBracketWhereABracketIsOpenSaysWhichBracket() {
        assertEquals(List.of("1:16 expected `)`, found `;`"), errors("println((1 + 2);"));
        assertEquals(List.of("1:14 expected `]`, found `;`"), errors("let b = [1, 2;"));
        assertEquals(List.of("1:14 expected `}`, found `;`"), errors("let m = {a: 1;"));
        assertEquals(List.of("1:7 expected `)`, found `]`"), errors("f(1, 2];"));
        assertEquals(List.of("1:19 expected `}`, found `)`"), errors("f(|| { let a = 1; ) );"));
    }

    @Test
    void expectedSetsAreSpelledInWords() {
        assertEquals(List.of("1:7 expected identifier or `)`, found `{`"), errors("fn f( { }"));
        assertEquals(List.of("1:5 expected identifier, found `while`"), errors("let while = 3;"));
        assertEquals(List.of("1:7 expected `=` or `;`, found `:`"), errors("let a : 3;"));
        assertEquals(List.of("1:8 expected identifier or string, found `5`"), errors("import 5;"));
        assertEquals(List.of("1:3 expected `await` or identifier, found `5`"), errors("x.5;"));
        assertEquals(List.of("1:14 expected `if` or `{`, found `x`"), errors("if a {} else x;"));
        assertEquals(List.of("1:7 expected `||`, `|` or `{`, found `5`"), errors("async 5;"));
        assertEquals(List.of("1:4 expected identifier or `|`, found `1`"), errors("f(|1 2| 3);"));
        assertEquals(List.of("1:4 unexpected `1`"), errors("f(|1| 2);"));
        assertEquals(List.of("1:6 expected `in`, found `y`"), errors("for x y {}"));
        assertEquals(List.of("1:5 expected `{`, found `1`"), errors("loop 1;"));
        assertEquals(List.of("1:14 expected `;`, found string"), errors("let a = 1 + 2 \"x\" y;"));
        assertEquals(List.of("1:1 expected expression, found `else`"), errors("else else"));
        assertEquals(List.of("1:1 unexpected `else`"), errors("else { }"));
    }

    @Test
    void aLongTokenIsShortenedInTheMessage() {
        assertEquals(List.of("1:10 expected `;`, found `abcdefghijklmnopqrst...`"), errors("let a = 1 abcdefghijklmnopqrstuvwxyz b;"));
    }

    @Test
    void lexicalErrorsAreReportedAndTheirSyntaxEchoesAreNot() {
        assertEquals(List.of("1:11 unexpected character `#`"), errors("let a = 1 # 2;"));
        assertEquals(List.of("1:9 unexpected character `&`"), errors("let a = & b;"));
        assertEquals(List.of("1:9 unexpected character `😀`"), errors("let a = 😀;"));
        assertEquals(List.of("2:9 unterminated string"), errors("let a = \"fine\";\nlet b = \"never closed;\nprintln(b);"));
        assertEquals(List.of("1:9 unterminated string"), errors("println(\"hello {name\");"));
        assertEquals(List.of("1:14 unknown escape sequence `\\q`"), errors("println(\"bad \\q\");"));
        assertEquals(List.of("1:14 invalid unicode escape: expected hex digits in braces, as in `\\u{1F600}`"), errors("println(\"bad \\u{ZZ}\");"));
        assertEquals(List.of("1:10 invalid unicode escape `\\u{110000}`"), errors("let s = \"\\u{110000}\";"));
        assertEquals(List.of("1:10 invalid unicode escape `\\u{D800}`"), errors("let s = \"\\u{D800}\";"));
    }

    /** A fuzz finding: the last token kind (text inside a string) where an operator may go indexed past the precedence table. */
    @Test
    void everyTokenKindHasAPrecedence() {
        assertEquals(List.of("1:8 unterminated string"), errors("async{(\"{{{{}}})}a"));
    }

    @Test
    void literalsThatDoNotDecodeAreErrors() {
        assertEquals(List.of("1:9 invalid integer literal `0x_`"), errors("let a = 0x_;"));
        assertEquals(List.of("1:9 float literal `1e999` is out of range"), errors("let a = 1e999;"));
        // A duration past the clock's range is "never", the longest Duration (LANGUAGE.md 4.1).
        assertEquals(List.of(), errors("let a = 99999999999999999999h;"));
        Result r = SourceParser.parse("let a = 99999999999999999999999;");
        assertEquals(List.of(), r.problems());
        Stmt.Let let = (Stmt.Let) ((Expr.Block) r.program().body).statements.get(0);
        assertEquals(new java.math.BigInteger("99999999999999999999999"), ((Expr.Literal) let.initializer).value);
    }

    @Test
    void otherErrorsTheParserFinds() {
        assertEquals(List.of("1:9 `try` needs a `catch` or a `finally` block"), errors("let a = try { 1 };"));
        assertEquals(List.of("1:8 an import path cannot be interpolated"), errors("import \"{x}.al\" as m;"));
        // These are not syntax errors: the tree is there.
        assertNotNull(SourceParser.parse("let a = try { 1 };").program());
    }

    @Test
    void nestedBlockCommentsNestAndOneThatNeverClosesIsReportedAtItsOutermostStart() {
        assertEquals(List.of(), errors("/* a /* b */ c */ let x = 1;"));
        assertEquals(List.of("2:1 unterminated block comment"), errors("println(\"x\");\n/* outer /* inner */\nstill inside\nprintln(\"y\");"));
        assertEquals(List.of("1:9 unterminated block comment"), errors("let a = /* /* */ let b = ;\nlet c = ;"));
        Result r = SourceParser.parse("/* never");
        assertEquals(2, r.problems().get(0).length());
        assertNull(r.program());
    }

    @Test
    void afterAnUnterminatedStringOrCommentTheRestIsNoise() {
        assertEquals(List.of("1:9 expected expression, found `;`", "2:9 unterminated string"), errors("let a = ;\nlet b = \"x;\nlet c = ;\n"));
        assertEquals(List.of("1:9 expected expression, found `;`", "2:1 unterminated block comment"), errors("let a = ;\n/* x\nlet c = ;\n"));
    }

    // ---------------------------------------------------------------- recovery

    @Test
    void anErrorInOneStatementDoesNotHideTheErrorsInTheNext() {
        assertEquals(List.of("1:5 unexpected `2`", "2:9 expected expression, found `;`"), errors("f(1 2);\nlet z = ;"));
        String source = """
                        fn f() {
                            let a = ;
                            let b = (1;
                            g(1);
                            let c = g(a b);
                        }
                        fn h() { h(; }
                        let ok = 1;
                        let c = [1, 2;
                        let d = 3
                        let e = ;
                        """;
        assertEquals(List.of("2:13 expected expression, found `;`", "3:15 expected `)`, found `;`", "5:17 unexpected `b`", "7:12 expected `)`, found `;`",
                        "9:14 expected `]`, found `;`", "10:10 expected `;`, found `let`", "11:9 expected expression, found `;`"), errors(source));
    }

    @Test
    void recoveryStopsAtTheEndOfTheEnclosingBlock() {
        assertEquals(List.of("2:15 expected `)`, found `}`", "4:9 expected expression, found `;`"), errors("fn f() {\n    let a = (1\n}\nlet b = ;"));
        assertEquals(List.of("1:18 expected expression, found `}`", "2:9 expected expression, found `;`"), errors("let f = || { 1 + };\nlet b = ;"));
    }

    @Test
    void recoveryResumesAtAStatementKeywordThatStartsALine() {
        assertEquals(List.of("1:7 expected expression or `)`, found `let`", "2:9 expected expression, found `;`"), errors("foo(1,\nlet a = ;\n"));
        assertEquals(List.of("1:15 expected `)`, found `;`", "4:9 expected expression, found `;`"), errors("let a = [1, (2;\n   3;\nfn g() {}\nlet b = ;"));
    }

    /** A missing `;` at the end of a line: the next line's statement is parsed, and its own errors reported. */
    @Test
    void recoveryFromAMissingSemicolonResumesAtTheNextLinesStatement() {
        assertEquals(List.of("1:15 expected `;`, found `println`", "2:16 expected expression, found `)`", "3:18 expected expression, found `)`"),
                        errors("println(\"one\")\nprintln(\"two\" +);\nprintln(\"three\" +);"));
        assertEquals(List.of("1:10 expected `;`, found `x`", "2:8 expected expression, found `;`"), errors("let a = 1\nx = 2 +;\n"));
        // A token that cannot start a statement is not where recovery resumes.
        assertEquals(List.of("2:3 unexpected `*`", "3:9 expected expression, found `;`"), errors("let a = 1 +\n  * 2;\nlet b = ;"));
    }

    @Test
    void atMostOneSyntaxErrorALine() {
        assertEquals(List.of("1:9 expected expression, found `;`"), errors("let a = ; let b = ; let c = ;"));
    }

    @Test
    void atMostTwentyErrors() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            b.append("let a").append(i).append(" = ;\n");
        }
        List<String> e = errors(b.toString());
        assertEquals(SourceParser.MAX_ERRORS, e.size());
        assertEquals("20:11 expected expression, found `;`", e.get(19));        assertTrue(SourceParser.parse(b.toString()).moreProblems(), "50 errors: more than were kept");
        // Exactly the limit: nothing was cut; one more: the report must say so.
        String twenty = "let a = ;\n".repeat(SourceParser.MAX_ERRORS);
        assertEquals(SourceParser.MAX_ERRORS, SourceParser.parse(twenty).problems().size());
        assertFalse(SourceParser.parse(twenty).moreProblems());
        assertTrue(SourceParser.parse(twenty + "let b = ;\n").moreProblems());
        assertTrue(SourceParser.parse("let s = \"\\q\";\n" + twenty).moreProblems(), "a lexical error and 20 syntax errors");
    }

    @Test
    void strayClosingBracketsAreSkipped() {
        assertEquals(List.of("1:1 unexpected `}`", "2:1 unexpected `)`"), errors("}\n)\nlet a = 1;"));
        assertEquals(List.of("1:10 unexpected `]`"), errors("fn f() { ] }"));
    }

    // ---------------------------------------------------------------- nesting

    static String nestedIfs(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("if a {\n");
        }
        b.append("1\n");
        for (int i = 0; i < n; i++) {
            b.append("}\n");
        }
        return b.toString();
    }

    static String nested(String open, String middle, String close, int n) {
        return "let x = " + open.repeat(n) + middle + close.repeat(n) + ";";
    }

    /** Each construct nested 4096 deep is accepted; one more is "nesting too deep" at the token that goes over. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void nestingIsLimitedTo4096() throws InterruptedException {
        int limit = Parser.MAX_NESTING;
        assertEquals(4096, limit);
        // {opening text, middle, closing text, where in the opening text the level opens, the length of that token}
        Object[][] constructs = {
            {"(", "1", ")", 0, 1}, {"[", "1", "]", 0, 1}, {"f(", "1", ")", 1, 1}, {"a.m(", "1", ")", 3, 1}, {"a[", "1", "]", 1, 1},
            {"{k: ", "1", "}", 0, 1}, {"{ ", "1", " }", 0, 1}, {"|a| ", "1", "", 0, 1}, {"async { ", "1", " }", 6, 1}, {"-", "1", "", 0, 1},
            {"!", "1", "", 0, 1}, {"\"{", "1", "}\"", 1, 1}, {"if a { ", "1", " }", 0, 2}, {"while a { ", "1", " }", 0, 5}, {"loop { ", "1", " }", 0, 4},
            {"for i in a { ", "1", " }", 0, 3}, {"try { ", "1", " } catch { }", 0, 3}, {"if ", "a", " {}", 0, 2}};
        for (Object[] c : constructs) {
            String open = (String) c[0];
            String ok = nested(open, (String) c[1], (String) c[2], limit);
            Result r = parseOnBigStack(ok);
            assertEquals(List.of(), r.problems(), open + " x " + limit);
            assertNotNull(r.program());

            String tooDeep = nested(open, (String) c[1], (String) c[2], limit + 1);
            r = parseOnBigStack(tooDeep);
            int at = "let x = ".length() + open.length() * limit + (int) c[3];
            assertEquals(List.of(new Problem(at, (int) c[4], "nesting too deep")), r.problems(), open + " x " + (limit + 1));
            assertNull(r.program());
        }
        String ifs = nestedIfs(limit);
        assertEquals(List.of(), parseOnBigStack(ifs).problems());
        assertEquals(List.of((limit + 1) + ":1 nesting too deep"), errorsOnBigStack(nestedIfs(limit + 1)));
        String fns = "fn f() {\n".repeat(limit) + "}\n".repeat(limit);
        assertEquals(List.of(), parseOnBigStack(fns).problems());
        assertEquals(List.of((limit + 1) + ":8 nesting too deep"), errorsOnBigStack("fn f() {\n".repeat(limit + 1) + "}\n".repeat(limit + 1)));
    }

    /**
     * Chains read in a loop (a sum's terms, postfix calls, else-ifs, assignments) are limited to
     * 16384 links: their trees are as deep as they are long, and later passes recurse on them.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void chainsAreLimitedTo16384Links() throws InterruptedException {
        int limit = Parser.MAX_CHAIN;
        assertEquals(16384, limit);
        String[][] chains = {{"let x = 1", " + 1", " + "}, {"let x = a", " || b", " || "}, {"let x = s", ".trim()", "."},
            {"let x = if a { 0 }", " else if a { 0 }", " else "}, {"a", " = a", " = "}};
        for (String[] c : chains) {
            assertEquals(List.of(), errorsOnBigStack(c[0] + c[1].repeat(limit) + ";"), c[1] + " x " + limit);
            String tooLong = c[0] + c[1].repeat(limit + 1) + ";";
            int at = c[0].length() + c[1].length() * limit + c[1].indexOf(c[2].trim());
            assertEquals(List.of("1:" + (at + 1) + " nesting too deep"), errorsOnBigStack(tooLong), c[1] + " x " + (limit + 1));
        }
    }

    static List<String> errorsOnBigStack(String source) throws InterruptedException {
        Result r = parseOnBigStack(source);
        List<String> out = new ArrayList<>();
        for (Problem p : r.problems()) {
            out.add(position(source, p.start()) + " " + p.message());
        }
        return out;
    }

    /** Past the limit the rest of the construct is skipped; the statements after it are parsed as usual. */
    @Test
    void afterNestingTooDeepParsingGoesOn() throws InterruptedException {
        String source = nested("(", "1", ")", 5000) + "\nlet b = ;\n";
        assertEquals(List.of("1:4105 nesting too deep", "2:9 expected expression, found `;`"), errorsOnBigStack(source));
    }

    /** On a small stack deep nesting runs out of stack before the limit: the result is the same error, never a StackOverflowError. */
    @Test
    void aSmallStackGivesNestingTooDeepNotAStackOverflow() throws InterruptedException {
        for (String source : new String[]{nested("(", "1", ")", 5000), nestedIfs(5000), nested("|a| ", "1", "", 5000), nested("if ", "a", " {}", 5000)}) {
            Result[] result = new Result[1];
            Throwable[] failure = new Throwable[1];
            Thread t = new Thread(null, () -> {
                try {
                    result[0] = SourceParser.parse(source);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "small-stack", 256 * 1024);
            t.start();
            t.join();
            assertNull(failure[0]);
            assertEquals(1, result[0].problems().size());
            assertEquals("nesting too deep", result[0].problems().get(0).message());
            assertNull(result[0].program());
        }
    }

    // ---------------------------------------------------------------- time

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLongElseIfChainIsNotNesting() {
        int n = Parser.MAX_CHAIN;
        StringBuilder b = new StringBuilder("let r = if x == 0 { 0 }");
        for (int i = 1; i < n; i++) {
            b.append(" else if x == ").append(i).append(" { ").append(i).append(" }");
        }
        b.append(" else { -1 };");
        Result r = SourceParser.parse(b.toString());
        assertEquals(List.of(), r.problems());
        Expr e = ((Stmt.Let) ((Expr.Block) r.program().body).statements.get(0)).initializer;
        int links = 0;
        while (e instanceof Expr.If i) {
            links++;
            assertEquals(b.length() - 1, i.end);
            e = i.otherwise;
        }
        assertEquals(n, links);
        assertInstanceOf(Expr.Block.class, e);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void longOperatorAndPostfixChainsAreLoops() {
        int n = Parser.MAX_CHAIN;
        String sum = "let s = " + "1 + ".repeat(n) + "1;";
        assertEquals(List.of(), SourceParser.parse(sum).problems());
        String calls = "let s = a" + ".m(1)".repeat(n / 2 - 1) + ".f" + "[0]".repeat(n / 2 - 1) + ".await;";
        assertEquals(List.of(), SourceParser.parse(calls).problems());
        String assignments = "a" + " = a".repeat(n) + ";";
        Result r = SourceParser.parse(assignments);
        assertEquals(List.of(), r.problems());
        Expr e = ((Stmt.Expression) ((Expr.Block) r.program().body).statements.get(0)).expression;
        int depth = 0;
        while (e instanceof Expr.Assign a) {
            depth++;
            assertEquals(assignments.length() - 1, a.end);
            e = a.value;
        }
        assertEquals(n, depth);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aHundredThousandNestedParenthesesAreAQuickError() throws InterruptedException {
        String source = "let x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ";\nlet y = ;";
        assertEquals(List.of("1:4105 nesting too deep", "2:9 expected expression, found `;`"), errorsOnBigStack(source));
        String unclosed = "let x = " + "(".repeat(100_000);
        assertEquals(List.of(new Problem(8 + 4096, 1, "nesting too deep")), parseOnBigStack(unclosed).problems());
        // On the test's own thread, whatever its stack: an error, not a StackOverflowError.
        assertEquals("nesting too deep", SourceParser.parse(source).problems().get(0).message());
    }

    @Test
    void aStatementsUnclosedBracketsDoNotHideTheNextStatementsErrors() throws InterruptedException {
        assertEquals(List.of("1:14 expected `}`, found `;`", "2:9 unexpected `;`"), errorsOnBigStack("let m = {x: 1;\nlet y = ;\nprintln(m);\n"));
        assertEquals(List.of("1:14 expected `]`, found `;`", "3:13 expected expression, found `;`"), errorsOnBigStack("let l = [1, 2;\nfn f() {\n    let z = ;\n}\n"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void unclosedParenthesesAreAQuickError() throws InterruptedException {
        String source = "println(" + "(".repeat(3000) + "1;\nlet a = ;\n";
        assertEquals(List.of("1:3010 expected `)`, found `;`", "2:9 expected expression, found `;`"), errorsOnBigStack(source));
        // 3,000 lines each with unclosed parentheses: every `;` is deeper than the last, but a
        // statement's own unclosed brackets do not hide the next one: each line's error is
        // reported, up to the limit of 20, and parsing stops there.
        List<String> e = errorsOnBigStack("f((((1;\n".repeat(3000));
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> i + ":7 expected `)`, found `;`").toList(), e);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void deeplyNestedCommentsAreQuick() {
        int n = 100_000;
        String closed = "/*".repeat(n) + " x " + "*/".repeat(n) + "\nlet a = 1;";
        assertEquals(List.of(), SourceParser.parse(closed).problems());
        String unclosed = "let a = 1;\n" + "/*".repeat(n) + " x " + "*/".repeat(n - 1) + "\nlet b = ;";
        assertEquals(List.of(new Problem(11, 2, "unterminated block comment")), SourceParser.parse(unclosed).problems());
    }

    /**
     * Linear time on big inputs, valid and not: a quadratic step anywhere would take minutes here.
     * (Each input is a few megabytes; the parse of each takes well under a second.)
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void bigInputsTakeLinearTime() throws InterruptedException {
        StringBuilder program = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            program.append("fn f").append(i).append("(a, b) { let m = {k: [a, b], \"s {a}\": a.b(c)[0]}; if a < b { m } else { try { x } catch e { e } } }\n");
        }
        Result r = SourceParser.parse(program.toString());
        assertEquals(List.of(), r.problems());
        assertEquals(50_000, ((Expr.Block) r.program().body).statements.size());

        // Errors on every line: recovery skips forward only.
        String broken = "let a = f(1 2, [3 4;\n".repeat(100_000);
        assertEquals(SourceParser.MAX_ERRORS, SourceParser.parse(broken).problems().size());
        String brokenInBlocks = "fn f() { let a = f(1 2, [3 4; }\n".repeat(100_000);
        assertEquals(SourceParser.MAX_ERRORS, SourceParser.parse(brokenInBlocks).problems().size());
        // One long line of errors: one error a line, so all of it is parsed and skipped.
        assertEquals(1, SourceParser.parse("let a = f(1 2, [3 4; ".repeat(200_000)).problems().size());
        // Unclosed brackets of every kind.
        assertEquals(1, parseOnBigStack("{ (".repeat(1000) + "[ x = ".repeat(1000)).problems().size());
        // A string with many interpolations, and interpolations nested.
        String interpolations = "let s = \"" + "a {b} ".repeat(200_000) + "\";";
        assertEquals(List.of(), SourceParser.parse(interpolations).problems());
    }

    /** Random token soup never makes the parser throw or take long, and its errors are in order and few. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomTokenSoupIsHandled() {
        String[] vocabulary = {"let", "fn", "async", "await", "if", "else", "while", "loop", "for", "in", "break", "continue", "return", "true",
            "false", "nil", "try", "catch", "finally", "throw", "import", "as", "1", "2.5", "3s", "x", "\"s\"", "\"{", "}\"", "+=", "==", "&&",
            "||", "..", "<", "=", "+", "-", "*", "!", "|", ".", ",", ";", ":", "(", ")", "[", "]", "{", "}", "\n", "#", "/*", "*/", "\\"};
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = round < 190 ? 200 : 200_000;
            for (int i = 0; i < n; i++) {
                b.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            Result r = SourceParser.parse(b.toString());
            assertTrue(r.problems().size() <= SourceParser.MAX_ERRORS);
            for (int i = 1; i < r.problems().size(); i++) {
                assertTrue(r.problems().get(i - 1).start() <= r.problems().get(i).start());
            }
        }
    }

    // ---------------------------------------------------------------- keywords

    @Test
    void theKeywordsAreTheReferenceLexersKeywords() {
        Vocabulary vocabulary = AsyncLangLexer.VOCABULARY;
        Set<String> reference = new TreeSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[A-Za-z_][A-Za-z0-9_]*'")) {
                reference.add(literal.substring(1, literal.length() - 1));
                assertEquals(literal.substring(1, literal.length() - 1), Tokens.KEYWORDS[type], "keyword number " + type);
            }
        }
        Set<String> ours = new TreeSet<>();
        for (int type = 1; type < Tokens.KEYWORDS.length; type++) {
            String k = Tokens.KEYWORDS[type];
            ours.add(k);
            assertEquals(type, Tokens.keyword(k, 0, k.length()), k);
            assertEquals(type, Tokens.keyword("(" + k + ")", 1, k.length() + 1), k);
        }
        assertEquals(reference, ours);
        assertEquals(Tokens.IDENT, Tokens.keyword("lets", 0, 4));
        assertEquals(Tokens.IDENT, Tokens.keyword("Let", 0, 3));
    }

    /** The token numbers, and so the order of words in "expected a, b or c", are the reference lexer's. */
    @Test
    void tokenKindsAreTheReferenceLexersTypes() {
        Vocabulary v = AsyncLangLexer.VOCABULARY;
        assertEquals(AsyncLangLexer.RBRACE, Tokens.RBRACE);
        assertEquals(AsyncLangLexer.STRING_TEXT, Tokens.STRING_TEXT);
        assertEquals(AsyncLangLexer.STRING_OPEN, Tokens.STRING_OPEN);
        for (int type = Tokens.PLUS_ASSIGN; type <= Tokens.RBRACE; type++) {
            if (v.getLiteralName(type) != null) {
                // (the braces, which change the reference lexer's mode, have no literal name there)
                assertEquals(v.getLiteralName(type), "'" + Tokens.spelling(type) + "'", "token " + type);
            }
            assertEquals(v.getSymbolicName(type), symbolicName(type), "token " + type);
        }
    }

    private static String symbolicName(int type) {
        for (java.lang.reflect.Field f : Tokens.class.getDeclaredFields()) {
            try {
                if (f.getType() == int.class && java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getInt(null) == type) {
                    return f.getName();
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return null;
    }
}
