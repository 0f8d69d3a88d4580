package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import asynclang.launcher.Main;

/**
 * Runs every {@code tests/scripts/FEATURE/*.al} and every lesson in {@code examples/} through
 * the launcher, in process, and compares what it printed with the files beside it:
 * <ul>
 * <li>{@code NAME.out}: standard output, exactly (absent: nothing);
 * <li>{@code NAME.err}: standard error, exactly (absent: nothing);
 * <li>{@code NAME.trace} (lessons): standard error under {@code --trace --virtual-time}.
 * </ul>
 * Leading comment lines of the script say how to run it: {@code // flags: --virtual-time}
 * (launcher options before the script), {@code // args: a b} (script arguments),
 * {@code // exit: 1} (the expected exit status; default 0), {@code // trace: unordered} (a
 * lesson whose trace depends on the order sockets or file threads finish in: its trace is run
 * but not compared). Files under a {@code _lib}
 * directory are modules the scripts import, not tests.
 * <p>
 * Each script runs on both bytecode tiers: the uncached interpreter (kept uncached) and the
 * cached, specializing one (from the first call). Running with {@code -Dasynclang.update=true}
 * rewrites the expectation files from what the default run printed.
 */
public class GoldenScriptsTest {

    public static final Path ROOT = Path.of(System.getProperty("asynclang.root", "..")).toAbsolutePath().normalize();
    static final boolean UPDATE = Boolean.getBoolean("asynclang.update");
    private static final Pattern DIRECTIVE = Pattern.compile("^//\\s*(flags|args|exit|trace):(.*)$");
    private static final List<String> TIERS = List.of("uncached", "cached");

    @TestFactory
    Stream<DynamicNode> scripts() throws IOException {
        return scriptsUnder(ROOT.resolve("tests/scripts"));
    }

    @TestFactory
    Stream<DynamicNode> examples() throws IOException {
        return scriptsUnder(ROOT.resolve("examples"));
    }

    /** Every lesson's executor trace: {@code --trace --virtual-time}, stderr in {@code NAME.trace}. */
    @TestFactory
    Stream<DynamicTest> exampleTraces() throws IOException {
        return lessons().stream().map(lesson -> DynamicTest.dynamicTest(lesson.getFileName() + " --trace", () -> {
            Script s = Script.read(lesson);
            Path trace = s.expectation("trace");
            Result r = run(List.of("--trace", "--virtual-time", lesson.toString()), s.args);
            if (!s.traceIsGolden()) {
                // Sockets and file threads finish in whatever order the OS gives: only check
                // that tracing changes nothing else.
                assertEquals(read(s.expectation("out")), r.out, "stdout of " + lesson);
                assertEquals(s.exit(), r.exit, "exit status of " + lesson + " --trace");
                return;
            }
            if (UPDATE) {
                Files.writeString(trace, r.err);
                return;
            }
            assertEquals(read(s.expectation("out")), r.out, "stdout of " + lesson);
            assertEquals(read(trace), r.err, "--trace output of " + lesson);
        }));
    }

    static List<Path> lessons() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith(".al")).sorted().toList();
        }
    }

    private static Stream<DynamicNode> scriptsUnder(Path dir) throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(dir)) {
            // examples/embedding is a Java application whose script needs the host's bindings (EmbeddingSampleTest runs it).
            scripts = files.filter(p -> p.toString().endsWith(".al") && !p.toString().contains("/_lib/") && !p.startsWith(ROOT.resolve("examples/embedding")))
                            .sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no scripts under " + dir);
        return scripts.stream().map(script -> {
            String name = dir.relativize(script).toString();
            if (UPDATE) {
                return DynamicTest.dynamicTest(name, () -> update(script));
            }
            return DynamicContainer.dynamicContainer(name, TIERS.stream().map(tier -> DynamicTest.dynamicTest(tier, () -> check(script, tier))));
        });
    }

    /** A script and what its directive lines say. */
    record Script(Path path, List<String> flags, List<String> args, int exit, boolean traceIsGolden) {
        static Script read(Path path) throws IOException {
            List<String> flags = new ArrayList<>();
            List<String> args = new ArrayList<>();
            int exit = 0;
            boolean traceIsGolden = true;
            // Read leniently: some scripts are deliberately not valid UTF-8.
            for (String line : new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = DIRECTIVE.matcher(line.strip());
                if (!m.matches()) {
                    break;
                }
                String value = m.group(2).strip();
                switch (m.group(1)) {
                    case "flags" -> flags.addAll(words(value));
                    case "args" -> args.addAll(words(value));
                    case "trace" -> traceIsGolden = !value.startsWith("unordered");
                    default -> exit = Integer.parseInt(value);
                }
            }
            return new Script(path, flags, args, exit, traceIsGolden);
        }

        Path expectation(String extension) {
            return path.resolveSibling(path.getFileName().toString().replaceFirst("\\.al$", "." + extension));
        }

        Result run(String tier) {
            List<String> options = new ArrayList<>(flags);
            if (tier != null) {
                options.add("--experimental-options");
                options.add("--asynclang.BytecodeTier=" + tier);
            }
            options.add(path.toString());
            return GoldenScriptsTest.run(options, args);
        }
    }

    private static void check(Path path, String tier) throws IOException {
        Script s = Script.read(path);
        Result r = s.run(tier);
        String on = path + " (" + tier + " bytecode)";
        assertEquals(read(s.expectation("out")), r.out, "stdout of " + on);
        assertEquals(read(s.expectation("err")), r.err, "stderr of " + on);
        assertEquals(s.exit(), r.exit, "exit status of " + on + "\nstderr:\n" + r.err);
    }

    private static void update(Path path) throws IOException {
        Script s = Script.read(path);
        Result r = s.run(null);
        write(s.expectation("out"), r.out);
        write(s.expectation("err"), r.err);
    }

    record Result(String out, String err, int exit) {
    }

    static Result run(List<String> options, List<String> scriptArgs) {
        List<String> all = new ArrayList<>(options);
        all.addAll(scriptArgs);
        return run(all.toArray(String[]::new));
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    private static void write(Path file, String content) throws IOException {
        if (content.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, content);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }
}
