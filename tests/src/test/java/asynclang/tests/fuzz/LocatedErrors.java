package asynclang.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Programs with exactly one runtime error, at a known place, wrapped in a random stack of
 * contexts (sync and async fns, closures, async blocks, spawn, join, loops, try/finally, with
 * awaits before the error or not). The error must be reported there: LANGUAGE.md section 7,
 * "every error names file, line and column"; the report's {@code -->} line is checked against
 * the line of the failing expression and its column range.
 */
final class LocatedErrors {

    /** A program and where its error is: 1-based line, and the column range of the failing expression. */
    record Case(String program, String error, String context, int line, int fromColumn, int toColumn, boolean awaitBefore, boolean inTryFinally) {
    }

    /**
     * The failure class of a wrong location, by what the error's own function body holds: an
     * {@code .await} run before it, a {@code try}/{@code finally} around it, or neither.
     */
    static String classOf(Case c) {
        if (c.awaitBefore()) {
            return "an error raised after an .await in the same async body";
        }
        if (c.inTryFinally()) {
            return "an error raised inside try { } finally { }";
        }
        String[] chain = c.context().split(" > ");
        return c.error() + " in " + chain[chain.length - 1];
    }

    private enum Wrap {
        SYNC_FN(false), CLOSURE(false), IF(false), FOR(false), TRY_FINALLY(false),
        ASYNC_FN(true), ASYNC_BLOCK(true), ASYNC_CLOSURE(true), SPAWN(true), JOIN(true), TIMEOUT(true);

        final boolean needsAsync;

        Wrap(boolean needsAsync) {
            this.needsAsync = needsAsync;
        }

        /** Whether its body is async code (where .await may appear). */
        boolean asyncBody(boolean outerAsync) {
            return switch (this) {
                case SYNC_FN, CLOSURE -> false;
                case IF, FOR, TRY_FINALLY -> outerAsync;
                default -> true;
            };
        }
    }

    /** {prefix, failing expression, suffix, name}: the statement is prefix + expression + suffix. */
    private static final String[][] ERRORS = {
        {"println(", "1 / 0", ");", "division by zero"},
        {"let v = ", "[1, 2][5]", ";", "index out of range"},
        {"let v = ", "{a: 1}.b", ";", "unknown map key"},
        {"", "throw \"boom\"", ";", "throw"},
        {"", "assert(false, \"no\")", ";", "assertion"},
        {"let v = ", "1 + nil", ";", "type error"},
        {"let v = ", "5()", ";", "call a non-function"},
        {"let v = ", "[].nosuch()", ";", "unknown method"},
    };

    private LocatedErrors() {
    }

    static Case generate(long seed) {
        Random r = new Random(seed);
        String[] error = ERRORS[r.nextInt(ERRORS.length)];
        int depth = r.nextInt(5);
        List<Wrap> wraps = new ArrayList<>();
        boolean async = true; // the top level is async
        StringBuilder context = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            List<Wrap> allowed = new ArrayList<>();
            for (Wrap w : Wrap.values()) {
                if (async || !w.needsAsync) {
                    allowed.add(w);
                }
            }
            Wrap w = allowed.get(r.nextInt(allowed.size()));
            wraps.add(w);
            async = w.asyncBody(async);
        }
        // Innermost first: build the body outwards.
        List<String> body = new ArrayList<>();
        boolean innerAsync = async;
        // Whether the function body the error is raised in awaits before it, or has a try/finally
        // around it; "open" until the walk outwards leaves that body.
        boolean awaitBefore = false;
        boolean inTryFinally = false;
        boolean sameBody = true;
        if (innerAsync && r.nextBoolean()) {
            body.add(r.nextBoolean() ? "yield_now().await;" : "sleep(1ms).await;");
            context.append("await before; ");
            awaitBefore = true;
        }
        if (r.nextBoolean()) {
            body.add("let before = " + r.nextInt(9) + ";");
        }
        body.add("\u0000" + error[0] + error[1] + error[2]);
        if (r.nextBoolean()) {
            body.add("println(\"after\");");
        }
        boolean[] asyncAt = new boolean[wraps.size() + 1];
        asyncAt[0] = true;
        for (int i = 0; i < wraps.size(); i++) {
            asyncAt[i + 1] = wraps.get(i).asyncBody(asyncAt[i]);
        }
        for (int i = wraps.size() - 1; i >= 0; i--) {
            Wrap w = wraps.get(i);
            boolean outerAsync = asyncAt[i];
            List<String> wrapped = new ArrayList<>();
            String name = "w" + i;
            switch (w) {
                case SYNC_FN -> {
                    wrapped.add("fn " + name + "() {");
                    indent(body, wrapped);
                    wrapped.add("}");
                    wrapped.add(name + "();");
                }
                case ASYNC_FN -> {
                    wrapped.add("async fn " + name + "() {");
                    indent(body, wrapped);
                    wrapped.add("}");
                    wrapped.add(name + "().await;");
                }
                case CLOSURE -> {
                    wrapped.add("let " + name + " = || {");
                    indent(body, wrapped);
                    wrapped.add("};");
                    wrapped.add(name + "();");
                }
                case ASYNC_CLOSURE -> {
                    wrapped.add("let " + name + " = async || {");
                    indent(body, wrapped);
                    wrapped.add("};");
                    wrapped.add(name + "().await;");
                }
                case IF -> {
                    wrapped.add("if true {");
                    indent(body, wrapped);
                    wrapped.add("}");
                }
                case FOR -> {
                    wrapped.add("for i" + i + " in 0..1 {");
                    indent(body, wrapped);
                    wrapped.add("}");
                }
                case TRY_FINALLY -> {
                    wrapped.add("try {");
                    indent(body, wrapped);
                    wrapped.add("} finally {");
                    wrapped.add("    println(\"finally\");");
                    wrapped.add("}");
                }
                case ASYNC_BLOCK -> {
                    wrapped.add("async {");
                    indent(body, wrapped);
                    wrapped.add("}.await;");
                }
                case SPAWN -> {
                    wrapped.add("spawn(async {");
                    indent(body, wrapped);
                    wrapped.add("}).await;");
                }
                case JOIN -> {
                    wrapped.add("join(sleep(1ms), async {");
                    indent(body, wrapped);
                    wrapped.add("}).await;");
                }
                case TIMEOUT -> {
                    wrapped.add("timeout(1s, async {");
                    indent(body, wrapped);
                    wrapped.add("}).await;");
                }
            }
            boolean boundary = !(w == Wrap.IF || w == Wrap.FOR || w == Wrap.TRY_FINALLY);
            if (boundary) {
                sameBody = false;
            }
            if (sameBody && w == Wrap.TRY_FINALLY) {
                inTryFinally = true;
            }
            if (outerAsync && r.nextInt(3) == 0) {
                wrapped.add(0, "yield_now().await;");
                awaitBefore |= sameBody;
            }
            body = wrapped;
        }
        for (int i = 0; i < wraps.size(); i++) {
            context.append(wraps.get(i).name().toLowerCase()).append(i + 1 < wraps.size() ? " > " : "");
        }
        if (wraps.isEmpty()) {
            context.append("top level");
        }
        StringBuilder program = new StringBuilder();
        int line = 0;
        int column = 0;
        for (int i = 0; i < body.size(); i++) {
            String l = body.get(i);
            int mark = l.indexOf('\u0000');
            if (mark >= 0) {
                l = l.substring(0, mark) + l.substring(mark + 1);
                line = i + 1;
                column = mark + error[0].length() + 1;
            }
            program.append(l).append('\n');
        }
        return new Case(program.toString(), error[3], context.toString(), line, column, column + error[1].length() - 1, awaitBefore, inTryFinally);
    }

    private static void indent(List<String> body, List<String> into) {
        for (String l : body) {
            into.add("    " + l);
        }
    }
}
