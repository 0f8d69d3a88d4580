package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;

import asynclang.grammar.AsyncLangLexer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps the editor support in {@code editors/vscode} honest: the TextMate grammar highlights
 * exactly the lexer's keywords, and only real globals as built-ins.
 */
class EditorGrammarTest {

    static final Path EXTENSION = GoldenScriptsTest.ROOT.resolve("editors/vscode");
    static final Path GRAMMAR = EXTENSION.resolve("syntaxes/asynclang.tmLanguage.json");

    /** The only shape a rule in #keywords or #builtins may have: {@code \b(word|word)\b}. */
    static final Pattern WORD_ALTERNATION = Pattern.compile("\\\\b\\(([A-Za-z_][A-Za-z0-9_]*(?:\\|[A-Za-z_][A-Za-z0-9_]*)*)\\)\\\\b");

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keywordsAreExactlyTheLexersKeywords() {
        Vocabulary vocabulary = AsyncLangLexer.VOCABULARY;
        Set<String> lexerKeywords = new TreeSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[A-Za-z_][A-Za-z0-9_]*'")) {
                lexerKeywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        assertTrue(lexerKeywords.containsAll(List.of("let", "fn", "async", "await", "nil")),
                "the lexer's vocabulary should name its keywords, got " + lexerKeywords);

        List<String> highlighted = words("keywords");
        assertEquals(lexerKeywords, new TreeSet<>(highlighted), "keywords in " + GRAMMAR + " vs AsyncLangLexer");
        assertEquals(highlighted.size(), new LinkedHashSet<>(highlighted).size(), "a keyword is listed twice: " + highlighted);
    }

    @Test
    void everyBuiltinIsARealGlobal() throws IOException {
        List<String> builtins = words("builtins");
        assertEquals(builtins.size(), new LinkedHashSet<>(builtins).size(), "a built-in is listed twice: " + builtins);

        // A name that is not a global is a compile error ("undefined variable"), so one script checks them all.
        StringBuilder script = new StringBuilder();
        for (String name : builtins) {
            script.append("println(\"").append(name).append("\", typeof(").append(name).append("));\n");
        }
        Path file = Files.createTempFile("builtins", ".al");
        try {
            Files.writeString(file, script);
            GoldenScriptsTest.Result r = GoldenScriptsTest.run(file.toString());
            assertEquals("", r.err(), "stderr");
            assertEquals(0, r.exit(), "exit status");
            List<String> lines = r.out().lines().toList();
            assertEquals(builtins.size(), lines.size(), r.out());
            for (int i = 0; i < builtins.size(); i++) {
                assertTrue(lines.get(i).startsWith(builtins.get(i) + " "), lines.get(i));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void extensionManifestContributesTheGrammar() throws IOException {
        JsonNode manifest = JSON.readTree(EXTENSION.resolve("package.json"));
        assertEquals("asynclang", manifest.path("name").asString());
        JsonNode language = manifest.path("contributes").path("languages").path(0);
        assertEquals("asynclang", language.path("id").asString());
        assertEquals(List.of(".al"), strings(language.path("extensions")));
        JsonNode config = JSON.readTree(EXTENSION.resolve(language.path("configuration").asString()));
        assertEquals("//", config.path("comments").path("lineComment").asString());
        assertEquals(List.of("/*", "*/"), strings(config.path("comments").path("blockComment")));

        JsonNode grammar = manifest.path("contributes").path("grammars").path(0);
        assertEquals("asynclang", grammar.path("language").asString());
        assertEquals(EXTENSION.resolve(grammar.path("path").asString()).normalize(), GRAMMAR);
        assertEquals("source.asynclang", grammar.path("scopeName").asString());
        assertEquals("source.asynclang", JSON.readTree(GRAMMAR).path("scopeName").asString());
    }

    /** The words of every rule in the grammar's repository entry {@code key}, in order. */
    private static List<String> words(String key) {
        JsonNode patterns = JSON.readTree(GRAMMAR).path("repository").path(key).path("patterns");
        assertTrue(patterns.isArray() && !patterns.isEmpty(), "no #" + key + " patterns in " + GRAMMAR);
        List<String> words = new ArrayList<>();
        for (JsonNode rule : patterns) {
            String match = rule.path("match").asString();
            Matcher m = WORD_ALTERNATION.matcher(match);
            assertTrue(m.matches(), "#" + key + " rules must look like \\b(word|word)\\b, got " + match);
            words.addAll(List.of(m.group(1).split("\\|")));
        }
        assertFalse(words.isEmpty());
        return words;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array) {
            out.add(element.asString());
        }
        return out;
    }
}
