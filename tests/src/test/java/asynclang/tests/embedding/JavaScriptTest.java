package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** asynclang and GraalJS in one context: futures both ways, values both ways. */
class JavaScriptTest {

    private static Context context() {
        return Contexts.withHostAccess(new Contexts.Captured(), "asynclang", "js");
    }

    @Test
    void javascriptAwaitsAnAsynclangFuture() {
        try (Context c = context()) {
            c.getBindings("js").putMember("twice", c.eval("asynclang", "async fn twice(x) { sleep(5ms).await; x * 2 }\ntwice"));
            c.eval("js", "var out = 'pending'; (async () => { out = await twice(21); })();");
            assertEquals(42, c.eval("js", "out").asInt());
            c.getBindings("js").putMember("failing", c.eval("asynclang", "async fn failing() { sleep(1ms).await; throw \"no luck\"; }\nfailing"));
            c.eval("js", "var caught = null; (async () => { try { await failing(); } catch (e) { caught = String(e.message ?? e); } })();");
            assertEquals("no luck", c.eval("js", "caught").asString());
        }
    }

    @Test
    void asynclangAwaitsJavascriptPromises() {
        try (Context c = context()) {
            Value b = c.getBindings("asynclang");
            b.putMember("resolved", c.eval("js", "Promise.resolve(5)"));
            assertEquals(6, c.eval("asynclang", "resolved.await + 1").asInt());
            b.putMember("rejected", c.eval("js", "Promise.reject(new Error('js said no'))"));
            assertEquals("js said no", c.eval("asynclang", "try { rejected.await } catch e { e.message }").asString());
            c.eval("js", "var settle; var later = new Promise((res) => { settle = res; });");
            b.putMember("later", c.eval("js", "later"));
            b.putMember("settle", c.eval("js", "() => settle(9)"));
            assertEquals(9, c.eval("asynclang", "spawn(async { sleep(5ms).await; settle(); }); later.await").asInt());
        }
    }

    @Test
    void valuesCrossBothWays() {
        try (Context c = context()) {
            Value b = c.getBindings("asynclang");
            b.putMember("obj", c.eval("js", "({n: 2, label: 'x', sum(a, b) { return a + b + this.n; }})"));
            b.putMember("arr", c.eval("js", "[1, 'two', 3.5]"));
            b.putMember("jsMap", c.eval("js", "new Map([['k', 1]])"));
            assertEquals("[2, \"x\", 5, \"int\", \"foreign object\", 3, \"[1, \\\"two\\\", 3.5]\", 1]",
                            c.eval("asynclang", "str([obj.n, obj[\"label\"], obj.sum(1, 2), typeof(obj.sum(1, 2)), typeof(obj), len(arr), str(arr), jsMap[\"k\"]])").asString());
            c.getBindings("js").putMember("alMap", c.eval("asynclang", "{a: 1, b: [2, 3]}"));
            c.getBindings("js").putMember("alFn", c.eval("asynclang", "|x| x * 3"));
            assertEquals(16, c.eval("js", "alMap.a + alMap.b[1] + alFn(4)").asInt());
            assertEquals("int", c.eval("asynclang", "typeof(" + c.eval("js", "2 + 3").asInt() + ")").asString());
        }
    }

    /** JavaScript has one number type: an integral number it passes is an Int however big. */
    @Test
    void integralNumbersFromJavascriptArgumentsAreInts() {
        try (Context c = context()) {
            c.getBindings("js").putMember("kind", c.eval("asynclang", "|v| typeof(v)"));
            assertEquals("int int int int float", c.eval("js", "[kind(5), kind(2**31), kind(2**53), kind(-(2**31)), kind(2.5)].join(' ')").asString());
            // A Java double stays a Float: Java has both kinds.
            assertEquals("float", c.eval("asynclang", "|v| typeof(v)").execute(2.0).asString());
        }
    }

    /** So is one JavaScript writes into a binding, a map or a list; a Java double written there stays a Float. */
    @Test
    void integralNumbersJavascriptWritesAreInts() {
        try (Context c = context()) {
            c.eval("asynclang", "let m = {}; let xs = [0, 0];");
            c.getBindings("js").putMember("al", c.getBindings("asynclang"));
            c.eval("js", "al.n = 2**31; al.m.k = 2**40; al.xs[0] = 7; al.xs[1] = 0.5;");
            assertEquals("int int int float", c.eval("asynclang", "typeof(n) + \" \" + typeof(m.k) + \" \" + typeof(xs[0]) + \" \" + typeof(xs[1])").asString());
            c.getBindings("asynclang").putMember("d", 2.0);
            assertEquals("float", c.eval("asynclang", "typeof(d)").asString());
        }
    }

    /** What a script throws is what a JavaScript catch sees: its members, sync or async. */
    @Test
    void javascriptCatchesTheThrownValue() {
        try (Context c = context()) {
            c.getBindings("js").putMember("f", c.eval("asynclang", "fn f() { throw {code: 7}; }\nf"));
            assertEquals(7, c.eval("js", "try { f(); 0 } catch (e) { e.code }").asInt());
        }
    }

    /** A thenable whose then() throws rejects with that error's message, as one that rejects. */
    @Test
    void aThenThatThrowsRejectsWithTheErrorsMessage() {
        try (Context c = context()) {
            Value b = c.getBindings("asynclang");
            b.putMember("rejects", c.eval("js", "({ then(res, rej) { rej(new Error('then failed')); } })"));
            b.putMember("throws", c.eval("js", "({ then(res, rej) { throw new Error('then failed'); } })"));
            assertEquals("[\"then failed\", \"then failed\"]",
                            c.eval("asynclang", "str([try { rejects.await } catch e { e.message }, try { throws.await } catch e { e.message }])").asString());
        }
    }

    /** A JavaScript object or Map reads like an asynclang map: keys in `for`, `len`, a missing key's error. */
    @Test
    void javascriptObjectsAndMapsReadLikeMaps() {
        try (Context c = context()) {
            Value b = c.getBindings("asynclang");
            b.putMember("o", c.eval("js", "({a: 1, b: 2})"));
            b.putMember("m", c.eval("js", "new Map([['a', 1], ['b', 2]])"));
            String probe = "str([x.a, x[\"b\"], len(x), try { x[\"zz\"] } catch e { e.message }, keys(x)])";
            c.eval("asynclang", "fn keys(x) { let ks = []; for k in x { ks.push(k); } ks }");
            String expected = "[1, 2, 2, \"unknown map key \\\"zz\\\"\", [\"a\", \"b\"]]";
            assertEquals(expected, c.eval("asynclang", "let x = o; " + probe).asString());
            assertEquals(expected, c.eval("asynclang", "let x = m; " + probe).asString());
        }
    }

    /** A thenable resolved with a Promise or another thenable awaits to that one's value, as in JavaScript. */
    @Test
    void aThenableResolvedWithAThenableIsFollowed() {
        try (Context c = context()) {
            Value b = c.getBindings("asynclang");
            b.putMember("viaPromise", c.eval("js", "({ then(res) { res(Promise.resolve('from promise')); } })"));
            b.putMember("viaThenable", c.eval("js", "({ then(res) { res({ then(r2) { r2('inner'); } }); } })"));
            assertEquals("[\"from promise\", \"inner\"]", c.eval("asynclang", "str([viaPromise.await, viaThenable.await])").asString());
        }
    }

    /** After `await f()`, JavaScript's catch sees the error as after a direct call: a message, an Error's string form. */
    @Test
    void anAwaitedFailureIsCaughtInJavascriptAsADirectOneIs() {
        try (Context c = context()) {
            c.getBindings("js").putMember("g", c.eval("asynclang", "async fn g() { throw \"no luck\"; }\ng"));
            c.eval("js", "var r; (async () => { try { await g(); } catch (e) { r = e.message + ' | ' + String(e); } })();");
            assertEquals("no luck | Error: no luck", c.eval("js", "r").asString());
        }
    }
}
