package asynclang.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The failures of one property, one entry per failure class ({@link Verdict#key}), each with the
 * smallest reproducer seen (or, when minimizing, the one {@link Reducer} made) and how often the
 * class occurred. Written to {@code DIR/PROPERTY/} as {@code NAME.al} plus {@code FINDINGS.txt}.
 */
final class Findings {

    static final class Finding {
        final String key;
        final String tag;
        Verdict verdict;
        CaseRunner.Outcome outcome;
        byte[] reproducer;
        int count;
        boolean minimized;

        Finding(String key, String tag) {
            this.key = key;
            this.tag = tag;
        }
    }

    private final String property;
    private final Map<String, Finding> byKey = new LinkedHashMap<>();
    private int cases;
    private int failed;
    private int notRun;

    Findings(String property) {
        this.property = property;
    }

    synchronized void passed() {
        cases++;
    }

    /**
     * Records a failing case. {@code rerun} judges another input the way this case was judged
     * (same runner, same leeway); it is used to minimize the first reproducer of a new class when
     * {@code minimize} is set.
     */
    synchronized void failed(String key, String tag, byte[] input, CaseRunner.Outcome outcome, Verdict verdict, boolean minimize, Function<byte[], String> rerunKey) {
        cases++;
        failed++;
        Finding f = byKey.get(key);
        boolean fresh = f == null;
        if (fresh) {
            f = new Finding(key, tag);
            byKey.put(key, f);
        }
        f.count++;
        if (f.minimized) {
            return;
        }
        if (fresh || input.length < f.reproducer.length) {
            f.reproducer = input;
            f.outcome = outcome;
            f.verdict = verdict;
        }
        if (fresh && minimize) {
            f.reproducer = Reducer.reduce(input, candidate -> key.equals(rerunKey.apply(candidate)), 400, 90_000);
            f.minimized = true;
        }
    }

    /** A case not run because an earlier, smaller one of the same shape hung: counted with that class. */
    synchronized void notRun(String key) {
        cases++;
        failed++;
        notRun++;
        byKey.get(key).count++;
    }

    synchronized boolean isEmpty() {
        return byKey.isEmpty();
    }

    synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(property).append(": ").append(failed).append(" of ").append(cases).append(" cases failed")
                        .append(notRun > 0 ? " (" + notRun + " of them not run: same shape as a smaller case that hung)" : "")
                        .append("; ").append(byKey.size()).append(" distinct failure classes:\n");
        for (Finding f : byKey.values()) {
            sb.append("\n- [").append(f.count).append("x] ").append(f.key).append("   (").append(f.tag).append(")\n");
            String repro = new String(f.reproducer, StandardCharsets.UTF_8);
            sb.append("  reproducer").append(f.minimized ? " (minimized)" : "").append(", ").append(f.reproducer.length).append(" bytes:\n")
                            .append(indent(repro.length() > 600 ? repro.substring(0, 600) + "\n[...]" : repro));
            if (f.outcome != null) {
                sb.append("  exit ").append(f.outcome.exit()).append(f.outcome.timedOut() ? " (timed out)" : "").append("; ").append(f.verdict.evidence().lines().limit(8).count() > 0 ? "evidence:\n" : "")
                                .append(indent(String.join("\n", f.verdict.evidence().lines().limit(8).toList())));
            }
        }
        return sb.toString();
    }

    /** Writes each class's reproducer and the summary under {@code dir/property}. */
    synchronized void write(Path dir) {
        Path here = dir.resolve(property);
        try {
            Files.createDirectories(here);
            List<String> index = new ArrayList<>();
            int n = 0;
            for (Finding f : byKey.values()) {
                String name = String.format("%02d_%s", ++n, f.verdict.kind().replaceAll("[^a-z]+", "_"));
                Files.write(here.resolve(name + ".al"), f.reproducer);
                index.add(name + ".al\t" + f.count + "x\t" + f.key + "\t" + f.tag);
                if (f.outcome != null) {
                    Files.writeString(here.resolve(name + ".stderr"), f.outcome.stderr());
                }
            }
            Files.write(here.resolve("INDEX.tsv"), index);
            Files.writeString(here.resolve("FINDINGS.txt"), summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indent(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            sb.append("    | ").append(line).append('\n');
        }
        return sb.toString();
    }
}
