package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackTraceElement;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;

/**
 * Instruments attach to code that has already run: Truffle then re-parses the bodies with tags
 * (statements, calls), which works only because each body's compiler can run again and builds
 * the same bytecode.
 */
class InstrumentationTest {

    private static final String PROGRAM = """
                    fn add(a, b) {
                        let c = a + b;
                        c * 2
                    }
                    let first = add(1, 2);
                    add
                    """;

    @Test
    void aBreakpointSetAfterAFunctionRanStopsAtItsStatementWithItsLocals() {
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).option("engine.WarnInterpreterOnly", "false").build()) {
            Source source = Source.newBuilder("asynclang", PROGRAM, "add.al").buildLiteral();
            Value add = context.eval(source);
            assertEquals(6, add.execute(1, 2).asInt(), "ran (and specialized) before anything is attached");

            List<String> hits = new ArrayList<>();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> hits.add(describe(event)))) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(3).build());
                assertEquals(14, add.execute(3, 4).asInt());
            }
            assertEquals(List.of("add line 3: a=3 b=4 c=7"), hits);
            assertEquals(22, add.execute(5, 6).asInt(), "runs on after the session closed");
        }
    }

    /**
     * A string built by appending (in a local, or in the cell of a captured variable) and a
     * captured variable itself show as their values, as the script sees them: not the
     * accumulator or the cell the implementation keeps them in.
     */
    @Test
    void localsBuiltByAppendingAndCapturedLocalsShowTheirValues() {
        String program = """
                        fn build() {
                            let s = "";
                            for i in 0..200 { s += "ab"; }
                            let t = "x";
                            let add = |part| { t += part; };
                            add("yz");
                            let done = len(s) + len(t);
                            done
                        }
                        build
                        """;
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).option("engine.WarnInterpreterOnly", "false").build()) {
            Source source = Source.newBuilder("asynclang", program, "build.al").buildLiteral();
            Value build = context.eval(source);
            List<String> seen = new ArrayList<>();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                for (DebugValue v : event.getTopStackFrame().getScope().getDeclaredValues()) {
                    if (v.getName().equals("s") || v.getName().equals("t")) {
                        String shown = v.toDisplayString();
                        seen.add(v.getName() + ":" + (v.isString() ? "string " : "") + (shown.length() > 20 ? shown.length() + " chars" : shown));
                    }
                }
            })) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(7).build());
                assertEquals(403, build.execute().asInt());
            }
            seen.sort(null);
            assertEquals(List.of("s:string 400 chars", "t:string xyz"), seen);
        }
    }

    @Test
    void steppingVisitsEachStatementOfAFunction() {
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).option("engine.WarnInterpreterOnly", "false").build()) {
            Source source = Source.newBuilder("asynclang", PROGRAM, "add.al").buildLiteral();
            Value add = context.eval(source);
            List<Integer> lines = new ArrayList<>();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                lines.add(event.getSourceSection().getStartLine());
                event.prepareStepInto(1);
            })) {
                session.suspendNextExecution();
                add.execute(2, 2);
            }
            assertEquals(List.of(2), lines.subList(0, 1), "the first statement of the body: " + lines);
        }
    }

    private static final String ASYNC_PROGRAM = """
                    async fn work(n) {
                        let a = n + 1;
                        sleep(10ms).await;
                        let b = a * 2;
                        b
                    }
                    async fn ticker() {
                        sleep(5ms).await;
                        let t = 1;
                        t
                    }
                    async fn outer() {
                        let r = work(1).await;
                        r
                    }
                    spawn(ticker());
                    println(outer().await);
                    """;

    /**
     * A breakpoint in an async fn, removed when it hits, then "step over" its await: the
     * debugger stops at the next statement of the same fn once it resumes, not in the executor
     * or in the task that ran meanwhile, and the resumed body's locals are there (unset ones
     * left out); stepping past its end returns to the awaiting fn at its await.
     */
    @Test
    void steppingOverAnAwaitContinuesInTheSameFnAfterItResumes() {
        assertEquals(List.of("work line 3: a=2 n=1", "work line 4: a=2 n=1", "work line 5: a=2 b=4 n=1", "outer line 13:"), stepFromLine3(true));
    }

    /**
     * Tags cost nothing until an instrument asks for them: the bytecode of a function has no
     * tag instructions until a debugger session with a breakpoint is attached, and then has.
     */
    @Test
    void tagInstructionsAppearOnlyWhenAnInstrumentIsAttached() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("asynclang").out(out).option("engine.WarnInterpreterOnly", "false").build()) {
            Source source = Source.newBuilder("asynclang", PROGRAM, "add.al").buildLiteral();
            Value add = context.eval(source);
            assertEquals(6, add.execute(1, 2).asInt());
            Source dump = Source.newBuilder("asynclang", "bytecode add", "<command>").mimeType("application/x-asynclang-command").buildLiteral();
            context.eval(dump);
            String plain = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(plain.contains("c.Add") && !plain.contains("tag."), plain);
            out.reset();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> { })) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(3).build());
                assertEquals(14, add.execute(3, 4).asInt());
                context.eval(dump);
            }
            String instrumented = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(instrumented.contains("tag.enter") && instrumented.contains("c.Add"), instrumented);
        }
    }

    /** A breakpoint left on an await's line fires again when the fn resumes there (Truffle's resume events enter the statement again). */
    @Test
    void aBreakpointOnAnAwaitAlsoFiresWhenTheFnResumes() {
        assertEquals(List.of("work line 3: a=2 n=1", "work line 3: a=2 n=1", "work line 4: a=2 n=1", "work line 5: a=2 b=4 n=1"), stepFromLine3(false));
    }

    /**
     * Paused in a body that resumed after an await, the functions awaiting it are on no stack
     * but the coroutine chain: the debugger gets them as the asynchronous stack, innermost
     * first, each at its await and with its locals.
     */
    @Test
    void aResumedBodyShowsTheFunctionsAwaitingItAsTheAsyncStack() {
        assertEquals(List.of("work line 4: a=2 n=1", "  awaited by outer line 13 work(1).await", "  awaited by <main> line 17 outer().await"), pauseAtLine4(8));
    }

    /** The depth a tool asks for bounds the asynchronous stack (a chain may be a million deep). */
    @Test
    void theAsyncStackIsAsDeepAsTheToolAsks() {
        assertEquals(List.of("work line 4: a=2 n=1", "  awaited by outer line 13 work(1).await"), pauseAtLine4(1));
    }

    private static final String JOINED = """
                    async fn leaf(n) {
                        sleep(5ms).await;
                        let v = n * 2;
                        v
                    }
                    async fn mid(n) { leaf(n).await + 1 }
                    async fn both() { join(mid(1), mid(2)).await }
                    let t = spawn(both());
                    println(t.await);
                    """;

    /**
     * Bodies that a combinator polls (here `join`, inside a spawned task) have chains of their
     * own: paused in one, the debugger gets the fns of that chain that await it; a body that is
     * its chain's only one gets, from the chain below, the fn awaiting the combinator.
     */
    @Test
    void bodiesPolledByACombinatorShowTheirOwnAwaiters() {
        assertEquals(List.of("leaf line 3: n=1", "  awaited by mid line 6 leaf(n).await", "leaf line 3: n=2", "  awaited by mid line 6 leaf(n).await"),
                        pauseAt(JOINED, "joined.al", 3, 8));
        String direct = JOINED.replace("join(mid(1), mid(2))", "join(leaf(1), leaf(2))");
        assertEquals(List.of("leaf line 3: n=1", "  awaited by both line 7 join(leaf(1), leaf(2)).await", "leaf line 3: n=2", "  awaited by both line 7 join(leaf(1), leaf(2)).await"),
                        pauseAt(direct, "joined.al", 3, 8));
    }

    private static List<String> pauseAtLine4(int asyncDepth) {
        return pauseAt(ASYNC_PROGRAM, "work.al", 4, asyncDepth);
    }

    @Test
    void steppingOutOfAnAsyncFnShowsTheValueItReturned() {
        String program = """
                        async fn answer(x) {
                            let y = x * 2;
                            y + 2
                        }
                        fn plain(x) {
                            x + 1
                        }
                        println(answer(20).await, plain(1));
                        """;
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).option("engine.WarnInterpreterOnly", "false").build()) {
            Source source = Source.newBuilder("asynclang", program, "ret.al").buildLiteral();
            List<String> returned = new ArrayList<>();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                if (event.getReturnValue() != null) {
                    returned.add(event.getReturnValue().toDisplayString());
                } else {
                    event.prepareStepOut(1);
                }
            })) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(3).build());
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(6).build());
                context.eval(source);
            }
            assertEquals(List.of("42", "2"), returned);
        }
    }

    private static List<String> pauseAt(String program, String name, int line, int asyncDepth) {
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).option("engine.WarnInterpreterOnly", "false").build()) {
            Source source = Source.newBuilder("asynclang", program, name).buildLiteral();
            List<String> seen = new ArrayList<>();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                seen.add(describe(event));
                for (List<DebugStackTraceElement> stack : event.getAsynchronousStacks()) {
                    for (DebugStackTraceElement e : stack) {
                        seen.add("  awaited by " + e.getName() + " line " + e.getSourceSection().getStartLine() + " " + e.getSourceSection().getCharacters());
                    }
                }
            })) {
                session.setAsynchronousStackDepth(asyncDepth);
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(line).build());
                context.eval(source);
            }
            return seen;
        }
    }

    private static List<String> stepFromLine3(boolean removeBreakpoint) {
        try (Context context = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).option("engine.WarnInterpreterOnly", "false").build()) {
            Source source = Source.newBuilder("asynclang", ASYNC_PROGRAM, "work.al").buildLiteral();
            List<String> hits = new ArrayList<>();
            Breakpoint breakpoint = Breakpoint.newBuilder(source.getURI()).lineIs(3).build();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                hits.add(describe(event));
                if (removeBreakpoint) {
                    breakpoint.dispose();
                }
                if (hits.size() < 4) {
                    event.prepareStepOver(1);
                }
            })) {
                session.install(breakpoint);
                context.eval(source);
            }
            return hits;
        }
    }

    private static String describe(SuspendedEvent event) {
        StringBuilder sb = new StringBuilder(event.getTopStackFrame().getName() + " line " + event.getSourceSection().getStartLine() + ":");
        DebugScope scope = event.getTopStackFrame().getScope();
        List<String> locals = new ArrayList<>();
        for (DebugValue v : scope.getDeclaredValues()) {
            if (!v.getName().startsWith("<")) {
                locals.add(v.getName() + "=" + v.toDisplayString());
            }
        }
        locals.sort(null);
        for (String l : locals) {
            sb.append(' ').append(l);
        }
        return sb.toString();
    }
}
