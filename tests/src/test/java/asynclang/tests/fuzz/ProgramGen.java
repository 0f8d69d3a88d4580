package asynclang.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grammar-aware generator of asynclang programs that terminate by construction, so that any
 * timeout is a finding: every loop is bounded by a counter no generated code assigns, a
 * function calls only functions declared before it (plus bounded self-recursion), nothing
 * reads stdin or calls exit, sleeps are short (and the runs use virtual time anyway).
 *
 * <p>Programs may fail on purpose: type errors, division by zero, out-of-range indexes,
 * throws nobody catches, channel receives nobody answers (a deadlock), and now and then a
 * compile error (an {@code .await} in a sync function, an undefined name, a wrong arity).
 * Those outcomes are allowed; what the property rejects is how they are reported.
 *
 * <p>Deterministic: one {@link Random} drives everything, so a seed gives one program.
 */
final class ProgramGen {

    private final Random r;
    private final StringBuilder out = new StringBuilder();
    private int budget;
    private int names;

    /** What is in scope where code is being generated. */
    private static final class Scope {
        final Scope parent;
        final List<String> ints = new ArrayList<>();
        final List<String> strings = new ArrayList<>();
        final List<String> lists = new ArrayList<>();
        final List<String> maps = new ArrayList<>();
        final List<String> fns = new ArrayList<>(); // sync, "name/arity"
        final List<String> asyncFns = new ArrayList<>(); // "name/arity"
        final List<String> closures = new ArrayList<>(); // "name/arity", never reassigned
        final List<String> channels = new ArrayList<>();
        final List<String> mutexes = new ArrayList<>();
        final List<String> tasks = new ArrayList<>();
        final boolean async; // .await allowed here
        final boolean inLoop; // break/continue allowed here
        final boolean inFn; // return allowed here
        final int depth;

        Scope(Scope parent, boolean async, boolean inLoop, boolean inFn) {
            this.parent = parent;
            this.async = async;
            this.inLoop = inLoop;
            this.inFn = inFn;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        Scope block() {
            return new Scope(this, async, inLoop, inFn);
        }

        Scope loop() {
            return new Scope(this, async, true, inFn);
        }

        /** A function or closure body: a new frame, no enclosing loop. */
        Scope body(boolean isAsync) {
            return new Scope(this, isAsync, false, true);
        }

        List<String> all(java.util.function.Function<Scope, List<String>> which) {
            List<String> result = new ArrayList<>();
            for (Scope s = this; s != null; s = s.parent) {
                result.addAll(which.apply(s));
            }
            return result;
        }
    }

    ProgramGen(long seed, int size) {
        this.r = new Random(seed);
        this.budget = size;
    }

    /** One whole program. */
    String program() {
        Scope top = new Scope(null, true, false, false);
        int fns = r.nextInt(4);
        for (int i = 0; i < fns; i++) {
            declareFn(top, r.nextBoolean());
        }
        if (r.nextInt(4) == 0) {
            declareRecursive(top);
        }
        int statements = 3 + r.nextInt(8);
        for (int i = 0; i < statements && budget > 0; i++) {
            statement(top, "");
        }
        if (r.nextInt(6) == 0) {
            boolean isAsync = r.nextBoolean();
            out.append(isAsync ? "async fn main() {\n" : "fn main() {\n");
            Scope body = top.body(isAsync);
            for (int i = 0; i < 3; i++) {
                statement(body, "    ");
            }
            out.append("}\n");
        }
        return out.toString();
    }

    private String fresh(String prefix) {
        return prefix + (names++);
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private <T> T pick(List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    // ---------------------------------------------------------------- declarations

    private void declareFn(Scope scope, boolean isAsync) {
        String name = fresh(isAsync ? "af" : "f");
        int arity = r.nextInt(3);
        List<String> params = new ArrayList<>();
        Scope body = scope.body(isAsync);
        for (int i = 0; i < arity; i++) {
            String p = fresh("p");
            params.add(p);
            body.ints.add(p);
        }
        String indent = "    ".repeat(scope.depth);
        out.append(indent).append(isAsync ? "async fn " : "fn ").append(name).append("(").append(String.join(", ", params)).append(") {\n");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n && budget > 0; i++) {
            statement(body, indent + "    ");
        }
        out.append(indent).append("    ").append(intExpr(body, 2)).append("\n");
        out.append(indent).append("}\n");
        (isAsync ? scope.asyncFns : scope.fns).add(name + "/" + arity);
    }

    /** Bounded self-recursion, sync or async, sometimes deep (an await chain of thousands). */
    private void declareRecursive(Scope scope) {
        boolean isAsync = r.nextBoolean();
        String name = fresh(isAsync ? "arec" : "rec");
        if (isAsync) {
            boolean yields = r.nextBoolean();
            out.append("async fn ").append(name).append("(n) {\n    if n <= 0 { ").append(yields ? "yield_now().await; " : "")
                            .append("0 } else { ").append(name).append("(n - 1).await + 1 }\n}\n");
            int depth = chance(10) ? 1000 + r.nextInt(10000) : r.nextInt(50);
            out.append("println(\"").append(name).append("\", ").append(name).append("(").append(depth).append(").await);\n");
            scope.asyncFns.add(name + "/1");
        } else {
            out.append("fn ").append(name).append("(n) { if n <= 0 { 0 } else { ").append(name).append("(n - 1) + 1 } }\n");
            out.append("println(\"").append(name).append("\", ").append(name).append("(").append(r.nextInt(chance(20) ? 5000 : 50)).append("));\n");
            scope.fns.add(name + "/1");
        }
    }

    // ---------------------------------------------------------------- statements

    private void statement(Scope s, String indent) {
        budget--;
        int choice = r.nextInt(s.async ? 34 : 22);
        if (budget <= 0 || s.depth > 5) {
            choice = r.nextInt(4);
        }
        switch (choice) {
            case 0, 1 -> let(s, indent);
            case 2 -> line(indent, "println(" + anyExpr(s, 2) + (chance(40) ? ", " + anyExpr(s, 1) : "") + ");");
            case 3 -> assign(s, indent);
            case 4 -> ifStatement(s, indent);
            case 5 -> forRange(s, indent);
            case 6 -> forEach(s, indent);
            case 7 -> whileLoop(s, indent);
            case 8 -> loopWithBreak(s, indent);
            case 9, 10 -> tryStatement(s, indent);
            case 11 -> throwStatement(s, indent);
            case 12 -> closureLet(s, indent);
            case 13 -> {
                line(indent, "{");
                Scope inner = s.block();
                statement(inner, indent + "    ");
                statement(inner, indent + "    ");
                line(indent, "}");
            }
            case 14 -> breakOrContinue(s, indent);
            case 15 -> {
                if (s.inFn) {
                    line(indent, "if " + boolExpr(s, 1) + " { return " + intExpr(s, 1) + "; }");
                } else {
                    line(indent, "println(" + stringExpr(s, 2) + ");");
                }
            }
            case 16 -> collectionOps(s, indent);
            case 17 -> {
                if (s.depth < 3 && budget > 5) {
                    declareFn(s, s.async && r.nextBoolean());
                } else {
                    let(s, indent);
                }
            }
            case 18 -> line(indent, "println(" + callSync(s) + ");");
            case 19 -> line(indent, "println(typeof(" + anyExpr(s, 1) + "), str(" + anyExpr(s, 1) + "));");
            case 20 -> deliberateMistake(s, indent);
            case 21 -> line(indent, "println(" + callClosure(s) + ");");
            // async-only from here
            case 22, 23 -> line(indent, "println(" + futureExpr(s, 2) + ".await);");
            case 24 -> spawnTask(s, indent);
            case 25 -> awaitTask(s, indent);
            case 26 -> line(indent, "println(join(" + futureExpr(s, 1) + ", " + futureExpr(s, 1) + ").await);");
            case 27 -> line(indent, "println(select(" + futureExpr(s, 1) + ", " + futureExpr(s, 1) + ").await);");
            case 28 -> line(indent, "println(try { timeout(" + duration() + ", " + futureExpr(s, 1) + ").await } catch e { \"timed out: \" + str(e) });");
            case 29 -> channelPattern(s, indent);
            case 30 -> mutexPattern(s, indent);
            case 31 -> line(indent, pick(List.of("sleep(" + duration() + ").await;", "yield_now().await;", "sleep(" + r.nextInt(20) + ").await;")));
            case 32 -> otherSyncPrimitives(s, indent);
            default -> line(indent, "let " + fresh("fut") + " = " + futureExpr(s, 1) + ";" + (chance(50) ? "" : " // dropped"));
        }
    }

    private void line(String indent, String text) {
        out.append(indent).append(text).append('\n');
    }

    private void let(Scope s, String indent) {
        String name = fresh("v");
        switch (r.nextInt(5)) {
            case 0 -> {
                line(indent, "let " + name + " = " + stringExpr(s, 2) + ";");
                s.strings.add(name);
            }
            case 1 -> {
                line(indent, "let " + name + " = " + listExpr(s, 2) + ";");
                s.lists.add(name);
            }
            case 2 -> {
                line(indent, "let " + name + " = " + mapExpr(s, 2) + ";");
                s.maps.add(name);
            }
            default -> {
                line(indent, "let " + name + " = " + intExpr(s, 2) + ";");
                s.ints.add(name);
            }
        }
    }

    private void assign(Scope s, String indent) {
        List<String> ints = s.all(x -> x.ints);
        if (ints.isEmpty()) {
            let(s, indent);
            return;
        }
        String op = pick(List.of("=", "+=", "-=", "*=", "%=", "/="));
        line(indent, pick(ints) + " " + op + " " + intExpr(s, 2) + ";");
    }

    private void ifStatement(Scope s, String indent) {
        line(indent, "if " + boolExpr(s, 2) + " {");
        statement(s.block(), indent + "    ");
        if (chance(60)) {
            if (chance(30)) {
                line(indent, "} else if " + boolExpr(s, 2) + " {");
                statement(s.block(), indent + "    ");
            }
            line(indent, "} else {");
            statement(s.block(), indent + "    ");
        }
        line(indent, "}");
    }

    private void forRange(Scope s, String indent) {
        String i = fresh("i");
        int n = r.nextInt(5);
        line(indent, "for " + i + " in " + (chance(20) ? "0..=" + n : (chance(20) ? "range(0, " + n + ")" : "0.." + n)) + " {");
        Scope body = s.loop();
        body.ints.add(i);
        loopBody(body, indent + "    ");
        line(indent, "}");
    }

    private void forEach(Scope s, String indent) {
        String x = fresh("x");
        Scope body = s.loop();
        switch (r.nextInt(3)) {
            // A copy: `for` walks a list live, so pushing to the list it walks would never end.
            case 0 -> line(indent, "for " + x + " in " + listExpr(s, 1) + ".map(|q| q) {");
            case 1 -> {
                line(indent, "for " + x + " in " + mapExpr(s, 1) + " {");
                body.strings.add(x);
            }
            default -> {
                line(indent, "for " + x + " in " + quote(word()) + " {");
                body.strings.add(x);
            }
        }
        loopBody(body, indent + "    ");
        line(indent, "}");
    }

    private void whileLoop(Scope s, String indent) {
        String k = fresh("k");
        line(indent, "let " + k + " = 0;");
        line(indent, "while " + k + " < " + r.nextInt(5) + (chance(30) ? " && (" + boolExpr(s, 1) + ")" : "") + " {");
        line(indent + "    ", k + " += 1;");
        loopBody(s.loop(), indent + "    ");
        line(indent, "}");
    }

    private void loopWithBreak(Scope s, String indent) {
        String k = fresh("k");
        String v = fresh("v");
        line(indent, "let " + k + " = 0;");
        line(indent, "let " + v + " = loop {");
        line(indent + "    ", k + " += 1;");
        line(indent + "    ", "if " + k + " > " + r.nextInt(4) + " { break " + intExpr(s, 1) + "; }");
        loopBody(s.loop(), indent + "    ");
        line(indent, "};");
        line(indent, "println(" + v + ");");
        s.ints.add(v);
    }

    private void loopBody(Scope body, String indent) {
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            statement(body, indent);
        }
    }

    private void breakOrContinue(Scope s, String indent) {
        if (s.inLoop) {
            line(indent, "if " + boolExpr(s, 1) + " { " + (r.nextBoolean() ? "break" : "continue") + "; }");
        } else {
            line(indent, "println(" + intExpr(s, 2) + ");");
        }
    }

    private void tryStatement(Scope s, String indent) {
        boolean asExpression = chance(30);
        if (asExpression) {
            line(indent, "let " + fresh("v") + " = try { " + anyExpr(s, 2) + " } catch e { " + pick(List.of("e", "str(e)", "typeof(e)", "nil")) + " };");
            return;
        }
        line(indent, "try {");
        statement(s.block(), indent + "    ");
        if (chance(40)) {
            line(indent + "    ", "throw " + anyExpr(s, 1) + ";");
        }
        boolean hasCatch = chance(80);
        if (hasCatch) {
            String e = fresh("e");
            line(indent, "} catch " + e + " {");
            line(indent + "    ", "println(\"caught\", " + e + ", typeof(" + e + "));");
            if (chance(20)) {
                line(indent + "    ", "println(" + e + ".message);");
            }
            if (chance(15)) {
                line(indent + "    ", "throw " + e + ";");
            }
        }
        if (!hasCatch || chance(50)) {
            line(indent, "} finally {");
            line(indent + "    ", "println(\"finally\");");
            if (chance(30)) {
                statement(s.block(), indent + "    ");
            }
        }
        line(indent, "}");
    }

    private void throwStatement(Scope s, String indent) {
        // Mostly guarded: an uncaught throw ends the program (an allowed outcome, but an early one).
        if (chance(80)) {
            line(indent, "if " + boolExpr(s, 1) + " { throw " + anyExpr(s, 1) + "; }");
        } else {
            line(indent, "throw " + anyExpr(s, 1) + ";");
        }
    }

    private void closureLet(Scope s, String indent) {
        String name = fresh("c");
        int arity = r.nextInt(3);
        List<String> params = new ArrayList<>();
        Scope body = s.body(false);
        for (int i = 0; i < arity; i++) {
            String p = fresh("p");
            params.add(p);
            body.ints.add(p);
        }
        String head = "|" + String.join(", ", params) + "|";
        if (chance(50)) {
            line(indent, "let " + name + " = " + head + " " + intExpr(body, 2) + ";");
        } else {
            line(indent, "let " + name + " = " + head + " {");
            statement(body, indent + "    ");
            line(indent + "    ", intExpr(body, 2));
            line(indent, "};");
        }
        s.closures.add(name + "/" + arity);
    }

    private void collectionOps(Scope s, String indent) {
        List<String> lists = s.all(x -> x.lists);
        List<String> maps = s.all(x -> x.maps);
        if (!lists.isEmpty() && r.nextBoolean()) {
            String l = pick(lists);
            line(indent, pick(List.of(
                            l + ".push(" + anyExpr(s, 1) + ");",
                            "println(" + l + ".pop());",
                            l + "[" + intExpr(s, 1) + "] = " + anyExpr(s, 1) + ";",
                            "println(" + l + ".map(|q| q + 1), " + l + ".filter(|q| q != nil));",
                            "println(" + l + ".sort());",
                            "println(" + l + ".reverse().join(\",\"));",
                            "println(" + l + ".slice(0, " + r.nextInt(3) + "), " + l + ".contains(" + intExpr(s, 1) + "));",
                            "println(" + l + ".reduce(|a, b| a + b, 0));",
                            l + ".insert(0, " + anyExpr(s, 1) + ");",
                            "println(" + l + ".remove(0));")));
        } else if (!maps.isEmpty()) {
            String m = pick(maps);
            line(indent, pick(List.of(
                            m + "." + word() + " = " + anyExpr(s, 1) + ";",
                            m + "[" + stringExpr(s, 1) + "] = " + anyExpr(s, 1) + ";",
                            "println(" + m + ".keys(), " + m + ".values(), " + m + ".len());",
                            "println(" + m + ".get(" + stringExpr(s, 1) + "), " + m + ".has(" + quote(word()) + "));",
                            "println(" + m + ".remove(" + quote(word()) + "));",
                            "println(" + m + "." + word() + ");")));
        } else {
            let(s, indent);
        }
    }

    /** Compile errors and misuse, now and then: allowed outcomes whose reports the property checks. */
    private void deliberateMistake(Scope s, String indent) {
        if (!chance(30)) {
            line(indent, "println(" + anyExpr(s, 2) + ");");
            return;
        }
        line(indent, pick(List.of(
                        "println(undefined_" + names++ + ");",
                        "let " + fresh("bad") + " = |q| q.await;",
                        "println(len(1, 2));",
                        "println(" + "(|a, b| a)(1));",
                        "println(1 < 2 < 3);",
                        "break;",
                        "continue;",
                        "println(\"\\q\");",
                        "let " + fresh("v") + " = [1, 2][5];",
                        "println(nil.field);",
                        "println(" + intExpr(s, 1) + "());",
                        "for " + fresh("x") + " in 5 { }",
                        "println({a: 1}.nosuch);",
                        "println(\"x\".nosuch());",
                        "println(int(\"12abc\"));",
                        "println(1 / 0);",
                        "println(1.5 % 0);",
                        "println(-9223372036854775808 / -1);",
                        "assert(false, \"" + word() + "\");",
                        "println(json);",
                        "import std.nosuchmodule;")));
    }

    private void spawnTask(Scope s, String indent) {
        String t = fresh("t");
        line(indent, "let " + t + " = spawn(" + futureExpr(s, 1) + ");");
        s.tasks.add(t);
    }

    private void awaitTask(Scope s, String indent) {
        List<String> tasks = s.all(x -> x.tasks);
        if (tasks.isEmpty()) {
            spawnTask(s, indent);
            return;
        }
        String t = pick(tasks);
        line(indent, pick(List.of(
                        "println(try { " + t + ".await } catch e { \"task failed: \" + str(e) });",
                        t + ".abort();",
                        "println(" + t + ".is_finished(), typeof(" + t + "));",
                        "println(" + t + ".await);")));
    }

    /** A producer task and a consumer loop that ends when the channel is closed and drained. */
    private void channelPattern(Scope s, String indent) {
        String ch = fresh("ch");
        String v = fresh("v");
        int n = r.nextInt(5);
        line(indent, "let " + ch + " = " + (chance(50) ? "channel()" : "channel(" + (1 + r.nextInt(3)) + ")") + ";");
        boolean closes = chance(90);
        line(indent, "spawn(async {");
        line(indent + "    ", "for j in 0.." + n + " { " + ch + ".send(" + anyExpr(s, 1) + ").await; " + (chance(30) ? "sleep(" + duration() + ").await; " : "") + "}");
        if (closes) {
            line(indent + "    ", ch + ".close();");
        }
        line(indent, "});");
        line(indent, "let " + v + " = " + ch + ".recv().await;");
        String k = fresh("k");
        line(indent, "let " + k + " = 0;");
        // Without close the loop would wait forever: a deadlock, reported (exit 2). The counter bounds it otherwise.
        line(indent, "while " + v + " != nil && " + k + " < " + (n + 1) + " {");
        line(indent + "    ", k + " += 1;");
        line(indent + "    ", "println(\"got\", " + v + ", " + ch + ".len());");
        line(indent + "    ", v + " = " + ch + ".recv().await;");
        line(indent, "}");
        s.channels.add(ch);
    }

    private void mutexPattern(Scope s, String indent) {
        String m = fresh("mx");
        int workers = 1 + r.nextInt(3);
        line(indent, "let " + m + " = Mutex(" + intExpr(s, 1) + ");");
        line(indent, "let " + fresh("ws") + " = join_all([");
        for (int i = 0; i < workers; i++) {
            line(indent + "    ", "async {");
            line(indent + "        ", "let g = " + m + ".lock().await;");
            line(indent + "        ", "let before = g.value;");
            if (chance(50)) {
                line(indent + "        ", "sleep(" + duration() + ").await;");
            }
            line(indent + "        ", "g.value = before + 1;");
            if (chance(80)) {
                line(indent + "        ", "g.unlock();");
            }
            line(indent + "        ", "before");
            line(indent + "    ", "},");
        }
        line(indent, "]).await;");
        line(indent, "println(\"mutex\", " + m + ".lock().await.value);");
        s.mutexes.add(m);
    }

    private void otherSyncPrimitives(Scope s, String indent) {
        switch (r.nextInt(3)) {
            case 0 -> {
                String sem = fresh("sem");
                line(indent, "let " + sem + " = Semaphore(" + (1 + r.nextInt(2)) + ");");
                line(indent, "println(join(async { " + sem + ".acquire().await; sleep(" + duration() + ").await; " + sem + ".release(); 1 }, async { "
                                + sem + ".acquire().await; " + sem + ".release(); 2 }).await);");
            }
            case 1 -> {
                String n = fresh("nt");
                line(indent, "let " + n + " = Notify();");
                line(indent, "let " + fresh("t") + " = spawn(async { " + n + ".notified().await; println(\"notified\"); });");
                line(indent, "yield_now().await;");
                line(indent, n + "." + (r.nextBoolean() ? "notify_one" : "notify_all") + "();");
                line(indent, "yield_now().await;");
            }
            default -> {
                String iv = fresh("iv");
                line(indent, "let " + iv + " = interval(" + duration() + ");");
                line(indent, "for j in 0.." + r.nextInt(4) + " { " + iv + ".tick().await; }");
                line(indent, "println(\"ticks done\");");
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    private String anyExpr(Scope s, int depth) {
        return switch (r.nextInt(s.async && depth > 0 ? 9 : 8)) {
            case 0, 1, 2 -> intExpr(s, depth);
            case 3 -> stringExpr(s, depth);
            case 4 -> listExpr(s, depth);
            case 5 -> mapExpr(s, depth);
            case 6 -> boolExpr(s, depth);
            case 7 -> pick(List.of("nil", "1.5", "-0.0", "2.5e-3", "1e300 * 1e300", "250ms", "1.5s", "0..3", "0..=2", "|q| q", "Ready(1)", "Pending"));
            default -> futureExpr(s, depth - 1) + ".await";
        };
    }

    private String intExpr(Scope s, int depth) {
        List<String> ints = s.all(x -> x.ints);
        if (depth <= 0 || chance(25)) {
            if (!ints.isEmpty() && chance(60)) {
                return pick(ints);
            }
            return intLiteral();
        }
        return switch (r.nextInt(12)) {
            case 0, 1, 2 -> intExpr(s, depth - 1) + " " + pick(List.of("+", "-", "*", "%", "/")) + " " + intExpr(s, depth - 1);
            case 3 -> "-" + intExpr(s, depth - 1);
            case 4 -> "(" + intExpr(s, depth - 1) + ")";
            case 5 -> "len(" + pick(List.of(stringExpr(s, depth - 1), listExpr(s, depth - 1))) + ")";
            case 6 -> "if " + boolExpr(s, depth - 1) + " { " + intExpr(s, depth - 1) + " } else { " + intExpr(s, depth - 1) + " }";
            case 7 -> "{ let " + fresh("b") + " = " + intExpr(s, depth - 1) + "; " + intExpr(s, depth - 1) + " }";
            case 8 -> callSync(s);
            case 9 -> "div(" + intExpr(s, depth - 1) + ", " + intExpr(s, depth - 1) + ")";
            case 10 -> "try { " + intExpr(s, depth - 1) + " } catch e { " + intLiteral() + " }";
            default -> s.async && chance(50) ? futureExpr(s, depth - 1) + ".await" : callClosure(s);
        };
    }

    private String intLiteral() {
        return switch (r.nextInt(10)) {
            case 0 -> "9223372036854775807";
            case 1 -> "0x" + Integer.toHexString(r.nextInt(4096));
            case 2 -> "0b" + Integer.toBinaryString(r.nextInt(64));
            case 3 -> "1_000_000";
            case 4 -> "123456789012345678901234567890";
            default -> String.valueOf(r.nextInt(10));
        };
    }

    private String boolExpr(Scope s, int depth) {
        if (depth <= 0 || chance(30)) {
            return pick(List.of("true", "false", "nil"));
        }
        return switch (r.nextInt(6)) {
            case 0, 1 -> intExpr(s, depth - 1) + " " + pick(List.of("<", "<=", ">", ">=", "==", "!=")) + " " + intExpr(s, depth - 1);
            case 2 -> boolExpr(s, depth - 1) + " " + pick(List.of("&&", "||")) + " " + boolExpr(s, depth - 1);
            case 3 -> "!" + boolExpr(s, depth - 1);
            case 4 -> stringExpr(s, depth - 1) + ".contains(" + quote(word().substring(0, 1)) + ")";
            default -> listExpr(s, depth - 1) + " == " + listExpr(s, depth - 1);
        };
    }

    private String stringExpr(Scope s, int depth) {
        List<String> strings = s.all(x -> x.strings);
        if (depth <= 0 || chance(30)) {
            if (!strings.isEmpty() && chance(50)) {
                return pick(strings);
            }
            return quote(word());
        }
        return switch (r.nextInt(8)) {
            case 0 -> "\"" + word() + " {" + anyExpr(s, depth - 1) + "} " + pick(List.of("\\n", "\\t", "\\\\", "\\\"", "\\{", "\\u{1F600}", "}", "")) + "\"";
            case 1 -> stringExpr(s, depth - 1) + " + " + anyExpr(s, depth - 1);
            case 2 -> "str(" + anyExpr(s, depth - 1) + ")";
            case 3 -> stringExpr(s, depth - 1) + "." + pick(List.of("upper()", "lower()", "trim()", "replace(\"a\", \"b\")"));
            case 4 -> "typeof(" + anyExpr(s, depth - 1) + ")";
            case 5 -> listExpr(s, depth - 1) + ".join(" + quote(pick(List.of(",", "", " - "))) + ")";
            case 6 -> "\"{" + stringExpr(s, depth - 1) + "}\"";
            default -> quote(pick(List.of("", "é", "日本", "\\u{1F600}", "tab\\tnewline\\n", "a,b,c")));
        };
    }

    private String listExpr(Scope s, int depth) {
        List<String> lists = s.all(x -> x.lists);
        if (!lists.isEmpty() && chance(40)) {
            return pick(lists);
        }
        if (depth <= 0) {
            return "[1, 2, 3]";
        }
        return switch (r.nextInt(5)) {
            case 0 -> "[]";
            case 1 -> stringExpr(s, depth - 1) + ".split(\",\")";
            case 2 -> "[" + anyExpr(s, depth - 1) + "].map(|q| [q, q])";
            default -> {
                int n = r.nextInt(4);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(anyExpr(s, depth - 1));
                }
                yield "[" + String.join(", ", items) + "]";
            }
        };
    }

    private String mapExpr(Scope s, int depth) {
        List<String> maps = s.all(x -> x.maps);
        if (!maps.isEmpty() && chance(40)) {
            return pick(maps);
        }
        int n = depth <= 0 ? 1 : r.nextInt(4);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = switch (r.nextInt(4)) {
                case 0 -> quote(word() + " " + word());
                case 1 -> String.valueOf(r.nextInt(5));
                case 2 -> "[" + stringExpr(s, 0) + "]";
                default -> word();
            };
            entries.add(key + ": " + (depth <= 0 ? intLiteral() : anyExpr(s, depth - 1)));
        }
        return "{" + String.join(", ", entries) + "}";
    }

    private String callSync(Scope s) {
        List<String> fns = s.all(x -> x.fns);
        if (fns.isEmpty()) {
            return pick(List.of("len(\"abc\")", "int(\"42\")", "int(3.7)", "float(2)", "\"12\".parse_int()"));
        }
        String f = pick(fns);
        return call(s, f);
    }

    private String callClosure(Scope s) {
        List<String> cs = s.all(x -> x.closures);
        if (cs.isEmpty()) {
            return "(|q| q * 2)(" + intLiteral() + ")";
        }
        return call(s, pick(cs));
    }

    private String call(Scope s, String nameArity) {
        String[] parts = nameArity.split("/");
        int arity = Integer.parseInt(parts[1]);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            args.add(parts[0].contains("rec") ? String.valueOf(r.nextInt(8)) : intExpr(s, 0));
        }
        return parts[0] + "(" + String.join(", ", args) + ")";
    }

    /** An expression whose value is a Future (or a Task); only used where it will be awaited or dropped. */
    private String futureExpr(Scope s, int depth) {
        List<String> asyncFns = s.all(x -> x.asyncFns);
        int choice = r.nextInt(depth <= 0 ? 4 : 9);
        return switch (choice) {
            case 0 -> asyncFns.isEmpty() ? "sleep(" + duration() + ")" : call(s, pick(asyncFns));
            case 1 -> "sleep(" + duration() + ")";
            case 2 -> "yield_now()";
            case 3 -> "async { " + intExpr(s.body(true), 0) + " }";
            case 4 -> {
                Scope body = s.body(true);
                yield "async { sleep(" + duration() + ").await; " + anyExpr(body, depth - 1) + " }";
            }
            case 5 -> "join(" + futureExpr(s, depth - 1) + ", " + futureExpr(s, depth - 1) + ")";
            case 6 -> "select(" + futureExpr(s, depth - 1) + ", " + futureExpr(s, depth - 1) + ")";
            case 7 -> "(async |q| { sleep(" + duration() + ").await; q })(" + intExpr(s, 0) + ")";
            default -> chance(50) ? "spawn(" + futureExpr(s, depth - 1) + ")" : "timeout(" + duration() + ", " + futureExpr(s, depth - 1) + ")";
        };
    }

    private String duration() {
        return pick(List.of("0ms", "1ms", "5ms", "10ms", "50ms", "1s", "0.5s", "100us", "3ns"));
    }

    private String word() {
        return pick(List.of("a", "b", "key", "name", "x", "value", "id", "zz", "message", "len", "then"));
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
