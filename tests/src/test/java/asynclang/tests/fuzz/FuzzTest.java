package asynclang.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzzer: every generated or mutated program, run through the real pipeline, ends in an
 * outcome {@link Verdict} allows, and a runtime error is reported where it was raised. See
 * {@code tests/fuzz/README.md}.
 *
 * <p>Each property runs all of its tries and records every failing case in {@link Findings}
 * (one entry per failure class) instead of stopping at the first, so that one run shows every
 * distinct bug; the property then fails listing them. The seed is fixed: the normal test run
 * is reproducible. {@code ./run-tests --fuzz=N} runs N tries of each and minimizes the
 * reproducers.
 *
 * <p>System properties: {@code jqwik.tries.default} (tries of each property, 1000 unless set;
 * see {@code junit-platform.properties}; {@link #deepNesting} has its own), {@code asynclang.fuzz.timeout} (the bound of one
 * case in ms, default 5000), {@code asynclang.fuzz.minimize} (shrink each new failure class's
 * reproducer, default false), {@code asynclang.fuzz.out} (where findings are written, default
 * {@code target/fuzz-findings}), {@code asynclang.fuzz.salt} (mixed into every generator seed,
 * default 0: another salt, other programs), {@code asynclang.fuzz.log} (a file that gets one
 * line per case).
 */
@AddLifecycleHook(value = FuzzTest.FailWithFindings.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class FuzzTest {

    static final long SEED = 20261201L;
    static final Path ROOT = Path.of(System.getProperty("asynclang.root", "..")).toAbsolutePath().normalize();
    static final long BOUND = Long.getLong("asynclang.fuzz.timeout", 5000);
    static final boolean MINIMIZE = Boolean.getBoolean("asynclang.fuzz.minimize");
    /** Mixed into every generator seed: a different salt explores different programs with the same jqwik seed. */
    static final long SALT = Long.getLong("asynclang.fuzz.salt", 0);
    static final Path OUT = Path.of(System.getProperty("asynclang.fuzz.out", "target/fuzz-findings"));
    static final List<Mutator.Seed> SEEDS = Mutator.seeds(ROOT);

    private static final Map<String, Findings> FINDINGS = new ConcurrentHashMap<>();
    private static final CaseRunner RUNNER;

    static {
        try {
            RUNNER = new CaseRunner(Files.createTempDirectory("al-fuzz"), BOUND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Findings findings(String property) {
        return FINDINGS.computeIfAbsent(property, Findings::new);
    }

    // ------------------------------------------------------------------ generated programs

    @Provide
    Arbitrary<String> programs() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(5, 120))
                        .as((seed, size) -> new ProgramGen(seed ^ SALT, size).program());
    }

    @Property(seed = "" + SEED)
    void generatedPrograms(@ForAll("programs") String program) {
        check("generatedPrograms", "generated program", program.getBytes(StandardCharsets.UTF_8), Verdict.Leeway.GENERATED, null, true);
    }

    // ------------------------------------------------------------------ mutated scripts

    @Provide
    Arbitrary<Mutator.Mutant> mutants() {
        return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.longs(), Arbitraries.integers().between(1, 3))
                        .as((seed, random, count) -> new Mutator(random ^ SALT, SEEDS).mutate(seed, count));
    }

    @Property(seed = "" + SEED)
    void mutatedScripts(@ForAll("mutants") Mutator.Mutant m) {
        String text = new String(m.bytes(), StandardCharsets.ISO_8859_1);
        Verdict.Leeway leeway = new Verdict.Leeway(text.contains("exit"), text.contains("eprintln"));
        Path lib = m.seed().name().startsWith("tests/scripts/modules/") ? ROOT.resolve("tests/scripts/modules/_lib") : null;
        // A mutant may loop or recurse for ever, or just run long (the seeds include a stack
        // overflow and CPU-bound lessons): its timeout is a finding only if compiling alone hangs.
        check("mutatedScripts", "mutant of " + m, m.bytes(), leeway, lib, false);
    }

    // ------------------------------------------------------------------ deep nesting

    /** Per shape: the deepest case that finished within the bound, and the shallowest that hung. */
    private static final Map<Nesting.Shape, Integer> DEEPEST_FINISHED = new EnumMap<>(Nesting.Shape.class);
    private static final Map<Nesting.Shape, Integer> SHALLOWEST_HANG = new EnumMap<>(Nesting.Shape.class);

    /**
     * Depths ramp up per shape (at most twice the deepest that finished, at least 32), and a
     * shape is not run again at or past a depth where it hung: a parse that hangs cannot be
     * cancelled and would keep a core busy for the rest of the run. Such cases count as failed,
     * in the class of the hang. A fixed 150 tries, also in long runs: the space is 15 shapes by
     * 3000 depths, and 150 tries take every shape that does not hang up to a few thousand levels.
     */
    @Property(seed = "" + SEED, tries = 150)
    void deepNesting(@ForAll Nesting.Shape shape, @ForAll("depths") int depth, @ForAll long seed) {
        Findings f = findings("deepNesting");
        String hangKey = "hang: nesting " + shape;
        synchronized (DEEPEST_FINISHED) {
            Integer hung = SHALLOWEST_HANG.get(shape);
            int cap = Math.max(32, 2 * DEEPEST_FINISHED.getOrDefault(shape, 0));
            depth = Math.min(depth, cap);
            if (hung != null && depth >= hung) {
                f.notRun(hangKey);
                return;
            }
        }
        byte[] program = Nesting.program(shape, depth, seed ^ SALT).getBytes(StandardCharsets.UTF_8);
        CaseRunner.Outcome o = RUNNER.run(program, null, false);
        synchronized (DEEPEST_FINISHED) {
            if (o.timedOut()) {
                SHALLOWEST_HANG.merge(shape, depth, Math::min);
            } else {
                DEEPEST_FINISHED.merge(shape, depth, Math::max);
            }
        }
        Verdict v = Verdict.judge(o, Verdict.Leeway.GENERATED);
        if (v == null) {
            log("deepNesting", shape + " x" + depth, o, null);
            f.passed();
            return;
        }
        String key = o.timedOut() ? hangKey : v.key();
        // Minimizing would only make the nesting shallower; the depth is in the tag.
        log("deepNesting", shape + " x" + depth, o, key);
        f.failed(key, shape + " x" + depth, program, o, v, false, null);
    }

    @Provide
    Arbitrary<Integer> depths() {
        // Uniform, not jqwik's default bias to small numbers: the ramp above keeps depths modest
        // until a shape has shown it copes, and then they should climb.
        return Arbitraries.integers().between(1, 3000).withDistribution(RandomDistribution.uniform());
    }

    // ------------------------------------------------------------------ error locations

    private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile("(?m)^ +--> case\\.al:(\\d+):(\\d+)$");

    /**
     * One runtime error at a known place, in a random stack of contexts: besides the general
     * property, the report must name that line, and a column within the failing expression.
     */
    @Property(seed = "" + SEED)
    void errorLocations(@ForAll long seed) {
        Findings f = findings("errorLocations");
        LocatedErrors.Case c = LocatedErrors.generate(seed ^ SALT);
        byte[] program = c.program().getBytes(StandardCharsets.UTF_8);
        String tag = c.error() + " in " + c.context();
        CaseRunner.Outcome o = RUNNER.run(program, null, false);
        String key = key(o, program, Verdict.Leeway.GENERATED, null, true);
        Verdict v = key == null ? null : Verdict.judge(o, Verdict.Leeway.GENERATED);
        if (key == null) {
            java.util.regex.Matcher m = REPORTED.matcher(o.stderr());
            String expected = "case.al:" + c.line() + ":" + c.fromColumn() + (c.toColumn() > c.fromColumn() ? "-" + c.toColumn() : "");
            if (o.exit() != 1 || !m.find()) {
                key = "error not reported: " + LocatedErrors.classOf(c);
                v = new Verdict("not reported", key, "exit " + o.exit() + ", expected an error at " + expected + "\n" + o.stderr());
            } else {
                int line = Integer.parseInt(m.group(1));
                int column = Integer.parseInt(m.group(2));
                if (line != c.line() || column < c.fromColumn() || column > c.toColumn()) {
                    key = "wrong location: " + LocatedErrors.classOf(c);
                    v = new Verdict("wrong location", key, "reported case.al:" + line + ":" + column + ", expected " + expected + "\n" + o.stderr());
                }
            }
        }
        log("errorLocations", tag, o, key);
        if (key == null) {
            f.passed();
        } else {
            f.failed(key, tag, program, o, v, false, null);
        }
    }

    // ------------------------------------------------------------------ the check

    /**
     * Runs one case and records it. {@code timeoutIsFinding}: the input cannot loop forever
     * unless something is wrong; otherwise a timeout is a finding only if compiling alone
     * (with {@code --explain}, which runs nothing) already runs past the bound.
     */
    private static void check(String property, String tag, byte[] input, Verdict.Leeway leeway, Path lib, boolean timeoutIsFinding) {
        Findings f = findings(property);
        CaseRunner.Outcome o = RUNNER.run(input, lib, false);
        String key = key(o, input, leeway, lib, timeoutIsFinding);
        log(property, tag, o, key);
        if (o.timedOut() && LOG != null) {
            // Timeouts that are not findings (a mutant that loops, say) are kept beside the log, to look at.
            try {
                Path d = Files.createDirectories(Path.of(LOG + ".timeouts"));
                Files.write(d.resolve(property + "-" + System.nanoTime() + ".al"), input);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (key == null) {
            f.passed();
            return;
        }
        // Hangs are not minimized: every step would wait out the bound, and a hang in the parser
        // leaves a thread behind that cannot be stopped.
        f.failed(key, tag, input, o, Verdict.judge(o, leeway), MINIMIZE && !o.timedOut(), candidate -> key(RUNNER.run(candidate, lib, false), candidate, leeway, lib, timeoutIsFinding));
    }

    private static final Path LOG = System.getProperty("asynclang.fuzz.log") == null ? null : Path.of(System.getProperty("asynclang.fuzz.log"));

    /**
     * With {@code -Dasynclang.fuzz.log=FILE}: one line per case (what, exit, ms, first stderr line,
     * failure class); the input of every case that timed out goes to {@code FILE.timeouts/}.
     */
    private static synchronized void log(String property, String tag, CaseRunner.Outcome o, String key) {
        if (LOG == null) {
            return;
        }
        String first = o.stderr().lines().findFirst().orElse("");
        String line = String.join("\t", property, tag, String.valueOf(o.exit()), o.millis() + "ms", first.length() > 100 ? first.substring(0, 100) : first, key == null ? "ok" : key) + "\n";
        try {
            Files.writeString(LOG, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The failure class of an outcome, or null if it is allowed. */
    private static String key(CaseRunner.Outcome o, byte[] input, Verdict.Leeway leeway, Path lib, boolean timeoutIsFinding) {
        Verdict v = Verdict.judge(o, leeway);
        if (v == null) {
            return null;
        }
        if (!o.timedOut()) {
            return v.key();
        }
        boolean compileHangs = RUNNER.run(input, lib, true).timedOut();
        if (compileHangs) {
            return "hang while compiling";
        }
        return timeoutIsFinding ? "hang while running" : null;
    }

    /** Turns a property whose cases all ran into a failure if any of them failed. */
    static final class FailWithFindings implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            PropertyExecutionResult result = property.execute();
            Findings f = FINDINGS.get(context.targetMethod().getName());
            if (f == null || f.isEmpty()) {
                return result;
            }
            f.write(OUT);
            String summary = f.summary() + (CaseRunner.STUCK.get() > 0 ? "\n" + CaseRunner.STUCK.get() + " worker threads so far did not stop when their case was cancelled." : "")
                            + "\n(reproducers and stderr in " + OUT.toAbsolutePath().resolve(context.targetMethod().getName()) + ")";
            System.err.println(summary);
            return result.mapToFailed(new AssertionError(summary));
        }
    }
}
