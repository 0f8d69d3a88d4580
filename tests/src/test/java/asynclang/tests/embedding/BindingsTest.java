package asynclang.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Top-level names across evaluations and the polyglot bindings (LANGUAGE.md 8, Evaluation). */
class BindingsTest {

    @Test
    void definitionsOfOneEvaluationAreVisibleToTheNext() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.eval("asynclang", "fn inc(x) { x + 1 }\nlet base = 41;\nimport std.time;");
            assertEquals(42, c.eval("asynclang", "inc(base)").asInt());
            assertEquals(1500, c.eval("asynclang", "time.millis(1.5s)").asInt());
        }
    }

    @Test
    void functionsOfLaterEvaluationsShareTheEarlierVariables() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.eval("asynclang", "let count = 0;");
            c.eval("asynclang", "fn bump() { count = count + 1; }");
            c.eval("asynclang", "bump(); bump();");
            assertEquals(2, c.eval("asynclang", "count").asInt());
            c.eval("asynclang", "count += 10;");
            assertEquals(12, c.getBindings("asynclang").getMember("count").asInt());
        }
    }

    @Test
    void aStringBuiltInPlaceInACellReadsAsAStringLater() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            // `log` is captured and assigned by `add`, so it lives in a cell, built in place.
            c.eval("asynclang", "let log = \"\"; let add = |x| { log += x; }; for i in 0..1000 { add(\"ab\"); }");
            assertEquals(2000, c.eval("asynclang", "len(log)").asInt());
            assertEquals("string", c.eval("asynclang", "typeof(log)").asString());
            Value log = c.getBindings("asynclang").getMember("log");
            assertTrue(log.isString());
            assertEquals(2000, log.asString().length());
            c.eval("asynclang", "add(\"!\");");
            assertTrue(c.eval("asynclang", "log").asString().endsWith("ab!"));
        }
    }

    @Test
    void aRedeclarationShadowsAsInOneFile() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.eval("asynclang", "let v = 1; let get_v = || v;");
            c.eval("asynclang", "let v = v + 1;");
            assertEquals("[1, 2]", c.eval("asynclang", "str([get_v(), v])").asString());
        }
    }

    @Test
    void bindingsReadAndWriteTopLevelNames() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            Value bindings = c.getBindings("asynclang");
            bindings.putMember("x", 41);
            assertEquals(42, c.eval("asynclang", "x + 1").asInt());
            assertEquals("int", c.eval("asynclang", "typeof(x)").asString());
            c.eval("asynclang", "let greeting = \"hi\"; fn shout(s) { s.upper() }");
            assertEquals("hi", bindings.getMember("greeting").asString());
            assertEquals("HI", bindings.getMember("shout").execute("hi").asString());
            assertTrue(bindings.getMemberKeys().containsAll(Set.of("x", "greeting", "shout")));
            bindings.putMember("greeting", "hello");
            assertEquals("hello", c.eval("asynclang", "greeting").asString());
            assertTrue(bindings.removeMember("greeting"));
            assertFalse(bindings.hasMember("greeting"));
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("asynclang", "greeting"));
            assertTrue(e.getMessage().contains("undefined variable `greeting`"), e.getMessage());
        }
    }

    @Test
    void aFailedEvaluationLeavesTheEarlierNamesAsTheyWere() {
        try (Context c = Contexts.plain(new Contexts.Captured())) {
            c.eval("asynclang", "let kept = 1;");
            assertThrows(PolyglotException.class, () -> c.eval("asynclang", "let kept = 2; assert(false);"));
            assertEquals(1, c.eval("asynclang", "kept").asInt());
        }
    }

    /** Before anything was exported or the host asked for the polyglot bindings, there are none: nil, not an internal error. */
    @Test
    void importValueBeforeAnyPolyglotBindingsIsNil() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            assertTrue(c.eval("asynclang", "import_value(\"nothing\") == nil").asBoolean());
        }
    }

    @Test
    void polyglotBindingsThroughImportAndExportValue() {
        try (Context c = Contexts.withHostAccess(new Contexts.Captured())) {
            c.getPolyglotBindings().putMember("limit", 10);
            assertEquals(20, c.eval("asynclang", "import_value(\"limit\") * 2").asInt());
            assertTrue(c.eval("asynclang", "import_value(\"nothing\") == nil").asBoolean());
            c.eval("asynclang", "export_value(\"doubler\", |x| x * 2);");
            assertEquals(8, c.getPolyglotBindings().getMember("doubler").execute(4).asInt());
        }
    }
}
