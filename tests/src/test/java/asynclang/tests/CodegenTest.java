package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * What the code generator leaves out, read from the bytecode dump (the REPL's
 * {@code :bytecode}): every instruction costs ~30-50 ns in the interpreter on this JVM, so a
 * statement should not make a value only to drop it, and a recursive call should not go through
 * the fn's cell. The values the constructs evaluate to where they are used stay as they were.
 */
class CodegenTest {

    private static final String PROGRAM = """
                    fn run(n) {
                        let i = 0;
                        let s = 0;
                        while i < n {
                            s += i;
                            if i > 3 { s -= 1; } else { s += 0; }
                            for j in 0..1 { s = s + j; }
                            i += 1;
                        }
                        s
                    }
                    fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
                    fn built(n) {
                        let s = "";
                        let later = || s;
                        while len(s) < n { s += "ab"; }
                        len(later())
                    }
                    """;

    @Test
    void statementsMakeNoValueToDrop() {
        String dump = bytecodeAfter("run", "run(10)", 39);
        assertFalse(dump.contains("c.Discard"), dump);
        assertFalse(dump.contains("Nil nil"), dump);
        assertFalse(dump.contains("c.ToBool"), dump);
    }

    /**
     * {@code len(s)} of a string built by appending counts the accumulator instead of making the
     * string so far, also when a closure captures the variable (it is then in a cell): making it
     * at every step of {@code while len(s) < n} copied it whole each time (500,000 characters:
     * 4.9 s instead of 0.5 s).
     */
    @Test
    void theLengthOfACapturedStringBeingBuiltIsCounted() {
        String dump = bytecodeAfter("built", "built(1000)", 1000);
        assertTrue(dump.contains("AppendedLength"), dump);
        assertTrue(dump.contains("CellGet"), dump);
    }

    @Test
    void aRecursiveFnCallsItselfWithoutItsCell() {
        String dump = bytecodeAfter("fib", "fib(15)", 610);
        assertFalse(dump.contains("c.LoadCapture") || dump.contains("c.CellGet"), dump);
        // A synchronous fn reads its captures through argument 0; it keeps no local for it.
        assertFalse(dump.contains("<closure>"), dump);
    }

    /** Each iteration's fn is a fresh function; calling itself, it still sees its own iteration. */
    @Test
    void aFnMadePerIterationRecursesIntoItself() {
        try (Context context = Context.create("asynclang")) {
            Value counts = context.eval("asynclang", """
                            let fs = [];
                            for k in 0..3 {
                                fn count(n) { if n == 0 { k } else { count(n - 1) } }
                                fs.push(count);
                            }
                            fs.map(|f| f(5))
                            """);
            assertEquals("[0, 1, 2]", counts.toString());
        }
    }

    @Test
    void constructsUsedAsValuesStillEvaluateToTheirValues() {
        try (Context context = Context.create("asynclang")) {
            Value values = context.eval("asynclang", """
                            let x = 0;
                            let a = while false {};
                            let b = if false { 1 };
                            let c = { x = 2; };
                            let d = loop { break 7; };
                            let e = for i in 0..2 { x += i; };
                            let f = (x += 1);
                            loop { break 5; }
                            [a, b, c, d, e, f, x]
                            """);
            assertEquals("[nil, nil, nil, 7, nil, nil, 4]", values.toString());
        }
    }

    private static String bytecodeAfter(String function, String call, long expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("asynclang").out(out).option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(Source.newBuilder("asynclang", PROGRAM, "program.al").buildLiteral());
            // Enough calls for the specializing interpreter, whose dump names the quickened instructions.
            for (int i = 0; i < 20; i++) {
                assertEquals(expected, context.eval("asynclang", call).asLong());
            }
            context.eval(Source.newBuilder("asynclang", "bytecode " + function, "<command>").mimeType("application/x-asynclang-command").buildLiteral());
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
