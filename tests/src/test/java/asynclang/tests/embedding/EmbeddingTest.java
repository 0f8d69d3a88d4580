package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The language through the polyglot API, as a Java application embeds it. */
class EmbeddingTest {

    private static Context context(ByteArrayOutputStream out) {
        return Context.newBuilder("asynclang").out(out).err(out).option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void evalRunsTheTopLevelAndReturnsItsValue() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context c = context(out)) {
            Value v = c.eval("asynclang", "async fn twice(x) { sleep(1ms).await; x * 2 }\nprintln(\"hi\");\ntwice(21).await");
            assertEquals(42, v.asInt());
            Value list = c.eval("asynclang", "[1, \"two\", 3.5]");
            assertTrue(list.hasArrayElements());
            assertEquals("two", list.getArrayElement(1).asString());
        }
        assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void functionValuesAreCallableFromJava() {
        try (Context c = context(new ByteArrayOutputStream())) {
            Value add = c.eval("asynclang", "|a, b| a + b");
            assertTrue(add.canExecute());
            assertEquals(5, add.execute(2, 3).asInt());
        }
    }

    @Test
    void scriptErrorsArePolyglotExceptionsWithLocations() {
        try (Context c = context(new ByteArrayOutputStream())) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(Source.create("asynclang", "let l = [1];\nl[3]")));
            assertTrue(e.isGuestException());
            assertEquals("index 3 out of range for length 1", e.getMessage());
            assertEquals(2, e.getSourceLocation().getStartLine());

            PolyglotException syntax = assertThrows(PolyglotException.class, () -> c.eval("asynclang", "let = ;"));
            assertTrue(syntax.isSyntaxError());
            assertTrue(syntax.getMessage().startsWith("error: "), syntax.getMessage());
            assertEquals(syntax.getMessage(), syntax.getGuestObject().toString()); // the report, no Java class name
        }
    }

    @Test
    void eachContextHasItsOwnExecutor() {
        try (Context a = context(new ByteArrayOutputStream()); Context b = context(new ByteArrayOutputStream())) {
            a.eval("asynclang", "let t = spawn(async { 1 }); t.await");
            Value id = b.eval("asynclang", "spawn(async { 1 }).id");
            assertEquals(2, id.asInt());
        }
    }

    @Test
    void filesSocketsAndProcessesOnlyWhereTheEmbedderAllowsThem() {
        String script = """
                        import std.fs;
                        import std.net;
                        import std.process;
                        let f = try { fs.read_text("build.txt").await } catch e { e.message };
                        let n = try { net.listen("127.0.0.1", 0).await } catch e { e.message };
                        let p = try { process.run("echo", ["hi"]).await } catch e { e.message };
                        [f, n, p]
                        """;
        try (Context denied = context(new ByteArrayOutputStream())) {
            Value v = denied.eval("asynclang", script);
            assertEquals("file access is not allowed", v.getArrayElement(0).asString());
            assertEquals("network access is not allowed", v.getArrayElement(1).asString());
            assertEquals("process creation is not allowed", v.getArrayElement(2).asString());
        }
        try (Context allowed = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).allowAllAccess(true)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            Value v = allowed.eval("asynclang", script);
            assertEquals("no such file: build.txt", v.getArrayElement(0).asString());
            assertEquals("listener", v.getArrayElement(1).toString().startsWith("<listener") ? "listener" : v.getArrayElement(1).toString());
            assertEquals("hi\n", v.getArrayElement(2).getMember("stdout").asString());
        }
    }

    /** Polyglot bindings and imported files, denied by the embedder: a catchable error in the contract's words. */
    @Test
    void polyglotAccessAndImportsOnlyWhereAllowed() throws Exception {
        java.nio.file.Path lib = java.nio.file.Files.createTempFile("lib", ".al");
        java.nio.file.Files.writeString(lib, "fn one() { 1 }");
        try (Context denied = context(new ByteArrayOutputStream())) {
            assertEquals("[\"polyglot access is not allowed\", \"polyglot access is not allowed\"]", denied.eval("asynclang",
                            "str([try { import_value(\"x\") } catch e { e.message }, try { export_value(\"x\", 1) } catch e { e.message }])").asString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> denied.eval("asynclang", "import \"" + lib + "\" as lib;\nlib.one()"));
            assertTrue(e.isSyntaxError());
            assertTrue(e.getMessage().contains("cannot import \"" + lib + "\": file access is not allowed"), e.getMessage());
        } finally {
            java.nio.file.Files.delete(lib);
        }
    }

    /**
     * Tasks spawned by one evaluation run whenever the host comes back (LANGUAGE.md 8): a call or
     * an evaluation that does not wait still first runs what is ready and what is due.
     */
    @Test
    void spawnedTasksRunWheneverTheHostComesBack() throws Exception {
        try (Context c = context(new ByteArrayOutputStream())) {
            Value done = c.eval("asynclang", """
                            let state = "started";
                            spawn(async { sleep(10ms).await; state = "slept"; });
                            fn state_now() { state }
                            state_now
                            """);
            Thread.sleep(50);
            assertEquals("slept", done.execute().asString());
            c.eval("asynclang", "spawn(async { state = \"spawned, never awaited\"; });");
            assertEquals("spawned, never awaited", c.eval("asynclang", "state").asString());
        }
    }

    /** A closed context lets go of its sockets: the port a script listened on is free again. */
    @Test
    void closingAContextClosesItsSockets() throws Exception {
        int port;
        try (Context first = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).allowAllAccess(true)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            port = first.eval("asynclang", """
                            import std.net;
                            let l = net.listen("127.0.0.1", 0).await;
                            spawn(async { loop { l.accept().await; } });
                            l.port
                            """).asInt();
        }
        try (Context second = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).allowAllAccess(true)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(port, second.eval("asynclang", "import std.net;\nnet.listen(\"127.0.0.1\", " + port + ").await.port").asInt());
        }
    }

    /** What a function the host calls prints is in the stream when the call returns. */
    @Test
    void outputOfAHostCallIsThereWhenItReturns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context c = context(out)) {
            Value log = c.eval("asynclang", "fn log(s) { println(\"log: \" + s); }\nlog");
            log.execute("one");
            assertEquals("log: one\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    /** A file imported by two evaluations is loaded once: one copy of its state. */
    @Test
    void aModuleImportedByTwoEvaluationsIsLoadedOnce() throws Exception {
        java.nio.file.Path lib = java.nio.file.Files.createTempFile("counter", ".al");
        java.nio.file.Files.writeString(lib, "let n = 0;\nfn inc() { n += 1; n }\n");
        try (Context c = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).allowAllAccess(true)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(1, c.eval("asynclang", "import \"" + lib + "\" as a;\na.inc()").asInt());
            assertEquals(2, c.eval("asynclang", "import \"" + lib + "\" as b;\nb.inc()").asInt());
        } finally {
            java.nio.file.Files.delete(lib);
        }
    }

    /** A file Truffle reads leniently is still checked: a bad byte is a compile error at its place (LANGUAGE.md 7). */
    @Test
    void aFileSourceThatIsNotUtf8IsACompileError() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad", ".al");
        java.nio.file.Files.write(bad, new byte[]{'1', ';', '\n', 'l', 'e', 't', ' ', 's', ' ', '=', ' ', '"', 'a', (byte) 0xff, '"', ';', '\n'});
        try (Context c = Context.newBuilder("asynclang").out(new ByteArrayOutputStream()).allowAllAccess(true)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            String name = bad.getFileName().toString();
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(Source.newBuilder("asynclang", bad.toFile()).build()));
            assertTrue(e.isSyntaxError());
            assertTrue(e.getMessage().startsWith("error: invalid UTF-8 in source\n --> " + name + ":2:11\n"), e.getMessage());
            assertEquals(2, e.getSourceLocation().getStartLine());
        } finally {
            java.nio.file.Files.delete(bad);
        }
    }
}
