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
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import asynclang.launcher.Main;

/**
 * Runs every {@code tests/scripts/**}{@code /*.al} and {@code examples/*.al} through the
 * launcher, in process, and compares what it printed with the expectation files beside it:
 * <ul>
 * <li>{@code NAME.out}: standard output, exactly (required);
 * <li>{@code NAME.err}: standard error, exactly (if absent, standard error must be empty);
 * <li>{@code NAME.exit}: the exit status (default 0);
 * <li>{@code NAME.flags}: launcher options put before the script, e.g. {@code --virtual-time};
 * <li>{@code NAME.args}: arguments put after the script.
 * </ul>
 * Files under a {@code _lib} directory are modules the scripts import, not tests.
 * Expectations of {@code examples/NAME.al} live in {@code tests/examples/}, with
 * {@code NAME.trace}: what {@code --trace --virtual-time} prints on stderr. Running with
 * {@code -Dasynclang.update=true} rewrites the expectation files from the actual output.
 */
class GoldenScriptsTest {

    static final Path ROOT = Path.of(System.getProperty("asynclang.root", "..")).toAbsolutePath().normalize();
    static final boolean UPDATE = Boolean.getBoolean("asynclang.update");

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        return scriptsUnder(ROOT.resolve("tests/scripts"), null);
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return scriptsUnder(ROOT.resolve("examples"), ROOT.resolve("tests/examples"));
    }

    /** Every lesson's executor trace: {@code --trace --virtual-time}, stderr in {@code NAME.trace}. */
    @TestFactory
    Stream<DynamicTest> exampleTraces() throws IOException {
        Path expectations = ROOT.resolve("tests/examples");
        List<Path> lessons;
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            lessons = files.filter(p -> p.toString().endsWith(".al")).sorted().toList();
        }
        return lessons.stream().map(lesson -> DynamicTest.dynamicTest(lesson.getFileName() + " --trace", () -> {
            String base = lesson.getFileName().toString().replaceFirst("\\.al$", "");
            Path trace = expectations.resolve(base + ".trace");
            Result r = run("--trace", "--virtual-time", lesson.toString());
            if (UPDATE) {
                Files.writeString(trace, r.err);
                return;
            }
            assertEquals(read(expectations.resolve(base + ".out")), r.out, "stdout of " + lesson);
            assertEquals(read(trace), r.err, "--trace output of " + lesson);
        }));
    }

    private static Stream<DynamicTest> scriptsUnder(Path dir, Path expectations) throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(dir)) {
            scripts = files.filter(p -> p.toString().endsWith(".al") && !p.toString().contains("/_lib/")).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no scripts under " + dir);
        return scripts.stream().map(script -> {
            Path expectationDir = expectations == null ? script.getParent() : expectations;
            String name = dir.relativize(script).toString();
            return DynamicTest.dynamicTest(name, () -> check(script, expectationDir));
        });
    }

    private static void check(Path script, Path expectationDir) throws IOException {
        String base = script.getFileName().toString().replaceFirst("\\.al$", "");
        Path out = expectationDir.resolve(base + ".out");
        Path err = expectationDir.resolve(base + ".err");
        Path exit = expectationDir.resolve(base + ".exit");

        List<String> args = new ArrayList<>(words(expectationDir.resolve(base + ".flags")));
        args.add(script.toString());
        args.addAll(words(expectationDir.resolve(base + ".args")));

        Result r = run(args.toArray(String[]::new));
        if (UPDATE) {
            Files.writeString(out, r.out);
            write(err, r.err);
            write(exit, r.exit == 0 ? "" : r.exit + "\n");
            return;
        }
        assertEquals(read(out), r.out, "stdout of " + script);
        assertEquals(Files.exists(err) ? read(err) : "", r.err, "stderr of " + script);
        assertEquals(Files.exists(exit) ? Integer.parseInt(read(exit).strip()) : 0, r.exit, "exit status of " + script + "\nstderr:\n" + r.err);
    }

    record Result(String out, String err, int exit) {
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

    private static List<String> words(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }
}
