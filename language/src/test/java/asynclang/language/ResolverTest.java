package asynclang.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Stmt;
import asynclang.language.parser.SourceParser;
import asynclang.language.parser.SourceParser.Problem;
import asynclang.language.resolver.Binding;
import asynclang.language.resolver.Capture;
import asynclang.language.resolver.Resolution;
import asynclang.language.resolver.Resolver;
import asynclang.language.resolver.Variable;

class ResolverTest {

    private static final Set<String> GLOBALS = Set.of("println", "sleep");

    private record Resolved(FunctionNode program, Resolution resolution) {
    }

    private static Resolved resolve(String source, List<Problem> problems) {
        SourceParser.Result parsed = SourceParser.parse(source);
        assertEquals(List.of(), parsed.problems(), "parse problems");
        return new Resolved(parsed.program(), Resolver.resolve(parsed.program(), GLOBALS, problems));
    }

    private static List<String> errors(String source) {
        List<Problem> problems = new ArrayList<>();
        resolve(source, problems);
        return problems.stream().map(p -> p.message() + " @" + p.start()).toList();
    }

    @Test
    void undefinedVariableIsReportedAtItsUse() {
        assertEquals(List.of("undefined variable `cout` @8"), errors("let x = cout;"));
    }

    @Test
    void awaitOutsideAsyncIsAnErrorAtTheAwait() {
        List<String> e = errors("fn f() { g().await }\nasync fn g() { 1 }");
        assertEquals(1, e.size());
        assertTrue(e.get(0).startsWith("`await` is only allowed inside `async` functions and blocks @13"), e.get(0));
    }

    @Test
    void awaitIsAllowedAtTopLevelInAsyncFnsAndBlocks() {
        assertEquals(List.of(), errors("async fn g() { 1 }\ng().await;\nasync fn h() { g().await }\nlet b = async { g().await };"));
    }

    @Test
    void letIsVisibleOnlyAfterItsStatementAndShadows() {
        assertEquals(List.of("undefined variable `y` @8"), errors("let x = y; let y = 1;"));
        assertEquals(List.of(), errors("let x = 1; let x = x + 1;"));
    }

    @Test
    void functionsAreHoistedInTheirBlock() {
        assertEquals(List.of(), errors("fn a() { b() }\nfn b() { 1 }\na();"));
    }

    @Test
    void breakAndReturnOutsideTheirConstructs() {
        assertEquals(List.of("`break` outside of a loop @0"), errors("break;"));
        assertTrue(errors("return 1;").get(0).contains("return"));
    }

    @Test
    void capturedVariablesAreMarkedAndClosuresListTheirCaptures() {
        List<Problem> problems = new ArrayList<>();
        Resolved r = resolve("let n = 0;\nlet inc = || { n += 1; };\nlet m = 2;", problems);
        assertEquals(List.of(), problems);
        Expr.Block body = (Expr.Block) r.program().body;
        Variable n = r.resolution().variable(body.statements.get(0));
        Variable m = r.resolution().variable(body.statements.get(2));
        assertTrue(n.isCaptured());
        assertTrue(!m.isCaptured());
        Expr.Function closure = (Expr.Function) ((Stmt.Let) body.statements.get(1)).initializer;
        List<Capture> captures = r.resolution().scope(closure.function).captures();
        assertEquals(1, captures.size());
        assertEquals(n, captures.get(0).variable());
        assertInstanceOf(Binding.Local.class, captures.get(0).outer());
    }

    @Test
    void globalsResolveToGlobals() {
        List<Problem> problems = new ArrayList<>();
        Resolved r = resolve("println(1);", problems);
        Expr.Block body = (Expr.Block) r.program().body;
        Expr.Call call = (Expr.Call) ((Stmt.Expression) body.statements.get(0)).expression;
        assertEquals(new Binding.Global("println"), r.resolution().binding((Expr.Name) call.callee));
    }

    @Test
    void mainFunctionIsFound() {
        List<Problem> problems = new ArrayList<>();
        Resolved r = resolve("async fn main() { 1 }", problems);
        assertEquals("main", r.resolution().mainFunction().name);
    }
}
