package asynclang.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import asynclang.launcher.Main;

/**
 * The fuzzer runs cases through {@link CaseRunner#launch}, a copy of {@code Main.run} that can be
 * cancelled and shares one engine: it must print exactly what {@code Main.run} prints, for seed
 * scripts, generated programs and mutants alike.
 */
class LaunchMirrorTest {

    /**
     * Java stack frames (printed for internal errors) name the launcher's own methods, and Java
     * messages may carry identity hashes: neither is compared.
     */
    private static String withoutJavaFrames(ByteArrayOutputStream err) {
        return err.toString(StandardCharsets.UTF_8).replaceAll("(?m)^\\t(?:at |\\.\\.\\. ).*\\n", "").replaceAll("(?:@|0x)[0-9a-f]{6,}", "@ID");
    }

    @TempDir
    static Path dir;

    private static final CaseRunner BOUNDED;

    static {
        try {
            BOUNDED = new CaseRunner(Files.createTempDirectory("al-mirror"), FuzzTest.BOUND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> mirrorPrintsWhatTheLauncherPrints() throws IOException {
        List<Mutator.Seed> seeds = Mutator.seeds(FuzzTest.ROOT);
        List<Mutator.Seed> inputs = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i += 9) {
            inputs.add(seeds.get(i));
        }
        Mutator mutator = new Mutator(7, seeds);
        for (int i = 0; i < 12; i++) {
            inputs.add(new Mutator.Seed("generated " + i, new ProgramGen(i, 60).program().getBytes(StandardCharsets.UTF_8)));
            Mutator.Mutant m = mutator.mutate(seeds.get((i * 31) % seeds.size()), 1);
            inputs.add(new Mutator.Seed(m.toString(), m.bytes()));
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            Path file = Files.createDirectories(dir.resolve("m" + Math.abs(input.name().hashCode()))).resolve("case.al");
            Files.write(file, input.bytes());
            String[] args = {"--virtual-time", file.toString()};
            if (BOUNDED.run(input.bytes(), null, false).timedOut()) {
                // Main.run has no bound: an input that does not end (a mutant that serves a socket
                // nobody connects to, say) has nothing to compare.
                return;
            }
            ByteArrayOutputStream out1 = new ByteArrayOutputStream();
            ByteArrayOutputStream err1 = new ByteArrayOutputStream();
            int exit1 = Main.run(args, new ByteArrayInputStream(new byte[0]), out1, err1);
            ByteArrayOutputStream out2 = new ByteArrayOutputStream();
            ByteArrayOutputStream err2 = new ByteArrayOutputStream();
            int exit2 = CaseRunner.launch(args, new ByteArrayInputStream(new byte[0]), out2, err2, new AtomicReference<>());
            assertEquals(out1.toString(StandardCharsets.UTF_8), out2.toString(StandardCharsets.UTF_8), "stdout");
            assertEquals(withoutJavaFrames(err1), withoutJavaFrames(err2), "stderr");
            assertEquals(exit1, exit2, "exit status");
        }));
    }
}
