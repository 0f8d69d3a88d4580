package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

/** Java values in scripts and script values in Java, through Truffle interop (LANGUAGE.md 8, Interop). */
class HostInteropTest {

    private static String run(Context c, String script) {
        return c.eval("asynclang", script).asString();
    }

    @Test
    void javaListsArraysAndIterablesIndexLenAndFor() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            Value b = c.getBindings("asynclang");
            b.putMember("list", List.of(1, 2, 3));
            b.putMember("array", new int[]{4, 5});
            b.putMember("set", new TreeSet<>(List.of("b", "a")));
            assertEquals("[3, 2, \"int\", 9, [\"a\", \"b\"], [1, 2, 3]]", run(c, """
                            let sum = 0;
                            for v in array { sum += v; }
                            let names = [];
                            for s in set { names.push(s); }
                            str([len(list), list[1], typeof(list[1]), sum, names, list])
                            """));
            assertEquals("index 5 out of range for length 3", run(c, "try { list[5] } catch e { e.message }"));
        }
    }

    @Test
    void javaObjectsExposeFieldsAndMethods() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            c.getBindings("asynclang").putMember("p", new Point(3, 4));
            assertEquals("[3, 4.0, \"host object\", \"java.awt.Point[x=3,y=4]\"]", run(c, "str([p.x, p.getY(), typeof(p), str(p)])"));
            assertEquals("[7, 4]", run(c, "p.x = 7; p.translate(0, 0); str([p.x, p.y])"));
        }
    }

    @Test
    void hostMembersAreHiddenWithoutHostAccess() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.getBindings("asynclang").putMember("p", new Point(3, 4));
            assertEquals("[\"host object\", \"a value of type host object has no field `x`\", \"a value of type host object has no method `getY`\"]", run(c, """
                            let field = try { p.x } catch e { e.message };
                            let method = try { p.getY() } catch e { e.message };
                            str([typeof(p), field, method])
                            """));
        }
    }

    @Test
    void javaMapsReadLikeMaps() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            c.getBindings("asynclang").putMember("m", new HashMap<>(Map.of("a", 1)));
            assertEquals("[1, 1, 1]", run(c, "str([m.a, m[\"a\"], len(m)])"));
        }
    }

    @Test
    void scriptValuesPresentThemselvesToJava() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value list = c.eval("asynclang", "[1, \"two\", 3.5]");
            assertTrue(list.hasArrayElements());
            assertEquals(3, list.getArraySize());
            Value map = c.eval("asynclang", "{a: 1, b: [2, 3]}");
            assertTrue(map.hasHashEntries());
            assertEquals(2, map.getHashSize());
            assertEquals(1, map.getMember("a").asInt());
            assertEquals(3, map.getHashValue("b").getArrayElement(1).asInt());
            map.putHashEntry("c", 4);
            assertEquals(4, c.eval("asynclang", "fn f(m) { m.c }\nf").execute(map).asInt());
            Value fn = c.eval("asynclang", "|a, b| a + b");
            assertTrue(fn.canExecute());
            assertEquals(5, fn.execute(2, 3).asInt());
            Value withFn = c.eval("asynclang", "{twice: |x| x * 2, n: 1}");
            assertTrue(withFn.canInvokeMember("twice"));
            assertTrue(!withFn.canInvokeMember("n"));
            assertEquals(42, withFn.invokeMember("twice", 21).asInt());
        }
    }

    /** Every value's metaobject is its type, named as typeof names it. */
    @Test
    void valuesHaveTheirTypeAsMetaObject() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Map<String, String> types = new java.util.LinkedHashMap<>();
            types.put("[1]", "list");
            types.put("{a: 1}", "map");
            types.put("1", "int");
            types.put("2.5", "float");
            types.put("\"s\"", "string");
            types.put("true", "bool");
            types.put("nil", "nil");
            types.put("|x| x", "function");
            types.put("async { 1 }", "future");
            types.put("channel()", "channel");
            types.put("1s", "duration");
            types.forEach((script, type) -> {
                Value v = c.eval("asynclang", script);
                Value meta = v.getMetaObject();
                assertEquals(type, meta.getMetaSimpleName(), script);
                assertEquals(type, meta.getMetaQualifiedName(), script);
                assertTrue(meta.isMetaInstance(v), script);
            });
            assertTrue(!c.eval("asynclang", "1").getMetaObject().isMetaInstance(c.eval("asynclang", "\"1\"")));
            // Values say they are asynclang's, so the polyglot layer's own errors name them in its words.
            Value list = c.eval("asynclang", "[1]");
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> list.getArrayElement(5));
            assertTrue(e.getMessage().contains("'[1]'(language: asynclang, type: list)"), e.getMessage());
        }
    }

    /** A module's exports read from Java are live too: what its functions assign is what the host reads. */
    @Test
    void moduleExportsAreLiveForTheHost() throws Exception {
        java.nio.file.Path lib = java.nio.file.Files.createTempFile("live", ".al");
        java.nio.file.Files.writeString(lib, "let n = 0;\nfn inc() { n += 1; n }\n");
        try (Context c = Context.newBuilder("asynclang").allowAllAccess(true).option("engine.WarnInterpreterOnly", "false").build()) {
            Value module = c.eval("asynclang", "import \"" + lib + "\" as m;\nm");
            module.invokeMember("inc");
            module.invokeMember("inc");
            assertEquals(2, module.getMember("n").asInt());
            module.putMember("n", 10);
            assertEquals(11, module.invokeMember("inc").asInt());
        } finally {
            java.nio.file.Files.delete(lib);
        }
    }

    @Test
    void hostNumbersBecomeIntsAndFloats() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value typeOf = c.eval("asynclang", "|v| typeof(v)");
            assertEquals("int", typeOf.execute(5).asString());
            assertEquals("int", typeOf.execute((byte) 5).asString());
            assertEquals("int", typeOf.execute(5L).asString());
            assertEquals("float", typeOf.execute(5.0).asString());
            assertEquals("float", typeOf.execute(2.5f).asString());
            assertEquals("string", typeOf.execute('c').asString());
            assertEquals("int", typeOf.execute(new java.math.BigInteger("123456789012345678901234567890")).asString());
        }
    }

    /** A Java method called with the wrong arguments, or a Java list given a bad index: asynclang's words, no Java types. */
    @Test
    void hostCallErrorsAreInTheScriptsWords() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            c.getBindings("asynclang").putMember("p", new Point(3, 4));
            c.getBindings("asynclang").putMember("l", new java.util.ArrayList<>(List.of(1, 2)));
            assertEquals("calling `translate` failed: the arguments do not fit its parameters (got string, int)",
                            run(c, "try { p.translate(\"a\", 1) } catch e { e.message }"));
            assertEquals("index -1 out of range for length 2", run(c, "try { l[-1] = 6 } catch e { e.message }"));
        }
    }

    /** A Java Map reads like an asynclang map: `for` goes over its keys, `len` is its size. */
    @Test
    void javaMapsIterateTheirKeys() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("a", 1);
            m.put("b", 2);
            c.getBindings("asynclang").putMember("m", m);
            assertEquals("[2, [\"a\", \"b\"], 1]", run(c, "let ks = []; for k in m { ks.push(k); } str([len(m), ks, m.a])"));
        }
    }

    /** What the script threw reaches the host as itself: its members and its message, no Java class. */
    @Test
    void theThrownValueReachesTheHost() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            org.graalvm.polyglot.PolyglotException e = org.junit.jupiter.api.Assertions.assertThrows(org.graalvm.polyglot.PolyglotException.class,
                            () -> c.eval("asynclang", "throw {code: 7, why: \"no\"};"));
            Value thrown = e.getGuestObject();
            assertEquals(7, thrown.getMember("code").asInt());
            assertEquals("{code: 7, why: \"no\"}", thrown.toString());
            org.graalvm.polyglot.PolyglotException error = org.junit.jupiter.api.Assertions.assertThrows(org.graalvm.polyglot.PolyglotException.class,
                            () -> c.eval("asynclang", "[1][5]"));
            assertEquals("index 5 out of range for length 1", error.getGuestObject().getMember("message").asString());
            assertEquals("index 5 out of range for length 1", error.getGuestObject().toString());
        }
    }

    /**
     * A Java callback that throws in an async body the executor resumed (after an await) is the
     * same catchable Error as one that throws before any await: caught by the script's catch,
     * failing its own task only, never escaping into an unrelated evaluation or naming a Java class.
     */
    @Test
    void aJavaCallbackFailingAfterAnAwaitIsACatchableError() {
        Contexts.Captured io = new Contexts.Captured();
        try (Context c = Contexts.withHostAccess(io)) {
            Value b = c.getBindings("asynclang");
            b.putMember("fail", (ProxyExecutable) x -> {
                throw new IllegalStateException("callback failed");
            });
            b.putMember("failQuietly", (ProxyExecutable) x -> {
                throw new IllegalStateException();
            });
            assertEquals("caught callback failed", c.eval("asynclang", "try { async { sleep(1).await; fail() }.await } catch e { \"caught \" + e.message }").asString());
            c.eval("asynclang", "let bg = spawn(async { sleep(5ms).await; fail(); }); nil");
            assertEquals("later eval done", c.eval("asynclang", "sleep(30ms).await; \"later eval done\"").asString());
            assertTrue(io.err().matches("(?s)error: task \\d+ \\(<async block>\\) failed: callback failed\n.*"), io.err());
            assertEquals("callback failed", c.eval("asynclang", "try { bg.await } catch e { e.message }").asString());
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("asynclang", "async { sleep(1).await; failQuietly() }.await"));
            assertTrue(e.isGuestException(), e.getMessage());
            assertEquals("an error from another language", e.getMessage());
        }
    }

    /** Ints within 32 bits reach Java lambdas as Integers, as GraalJS passes its small integers: an erased {@code Function<Integer, Integer>} works. */
    @Test
    void javaLambdasTakingIntegersGetIntegers() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            Value b = c.getBindings("asynclang");
            b.putMember("inc", (java.util.function.Function<Integer, Integer>) x -> x + 1);
            b.putMember("cat", (java.util.function.BiFunction<String, Integer, String>) (s, n) -> s.repeat(n));
            assertEquals("42 abab 5000000001", c.eval("asynclang", "str(inc(41)) + \" \" + cat(\"ab\", 2) + \" \" + str(5000000000 + 1)").asString());
            List<Object> list = new java.util.ArrayList<>();
            b.putMember("jl", list);
            c.eval("asynclang", "jl.add(7); jl.add(5000000000);");
            assertEquals(List.of(7, 5000000000L), list);
        }
    }

    /**
     * A script that calls a Java function that calls the script back, without end, overflows
     * the stack in Java or guest code: the embedder gets a stack overflow, not an internal error,
     * and host exceptions work afterwards (the overflow once broke Truffle's host exception class
     * for the rest of the process).
     */
    @Test
    void recursionThroughJavaEndsInAStackOverflowAndHostExceptionsStillWork() throws Throwable {
        // On a thread with a 1 MB stack: the test JVM's 64 MB main stack made the recursion take
        // minutes in a clean clone's CI (3 s here).
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                recurseThroughJava();
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "small-stack", 1 << 20);
        t.start();
        t.join();
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private static void recurseThroughJava() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            Value[] again = new Value[1];
            c.getBindings("asynclang").putMember("bounce", (java.util.function.Function<Object, Object>) n -> again[0].execute(n));
            again[0] = c.eval("asynclang", "fn via_java(n) { bounce(n + 1) }\nvia_java");
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("asynclang", "via_java(0)"));
            // Where the overflow strikes decides who reports it and how: the language ("stack
            // overflow"), or Truffle ("Resource exhausted: Stack overflow"), directly or through the
            // Java function (a clean clone's CI once saw "an error from another language"). Never
            // an internal error, never Java text.
            assertTrue(!e.isInternalError() && !e.getMessage().contains("java."), e.getMessage());
            c.getBindings("asynclang").putMember("fails", (java.util.function.Function<Object, Object>) n -> {
                throw new IllegalStateException("java said no");
            });
            assertEquals("java said no", run(c, "try { fails(1) } catch e { e.message }"));
            assertEquals("2", run(c, "str(1 + 1)"));
        }
    }
}
