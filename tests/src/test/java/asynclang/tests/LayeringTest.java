package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine's layers, from the bottom up (docs/design.md). A package may use packages of its
 * own layer and of the layers below, never above; across runtime, language and stdlib no
 * package cycle is longer than two; the runtime and the front end import nothing of Truffle;
 * the launcher sees only the polyglot API. Dependencies are read from the sources: imports and
 * fully qualified names.
 */
class LayeringTest {

    private static final String L = "asynclang.language";

    /** Layer name -> its packages, bottom first. */
    static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("runtime", List.of("asynclang.runtime", "asynclang.runtime.sync", "asynclang.runtime.future", "asynclang.runtime.io"));
        LAYERS.put("front end", List.of(L + ".ast", L + ".parser", L + ".resolver", L + ".frontend"));
        LAYERS.put("values and errors", List.of(L + ".values", L + ".errors", L + ".functions"));
        LAYERS.put("async core", List.of(L + ".async"));
        LAYERS.put("language and library", List.of(L, L + ".library"));
        LAYERS.put("bytecode", List.of(L + ".bytecode", L + ".operators"));
        LAYERS.put("codegen", List.of(L + ".codegen"));
        LAYERS.put("tooling", List.of(L + ".tooling"));
        LAYERS.put("engine", List.of(L + ".engine"));
        LAYERS.put("stdlib", List.of("asynclang.stdlib"));
    }

    private static final Pattern REFERENCE = Pattern.compile("\\b(asynclang(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]\\w*");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    record Source(Path file, String pkg, String code) {
    }

    static List<Source> sources(String... modules) throws IOException {
        List<Source> all = new ArrayList<>();
        for (String module : modules) {
            Path dir = GoldenScriptsTest.ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    Matcher m = PACKAGE.matcher(text);
                    assertTrue(m.find(), "no package in " + f);
                    all.add(new Source(f, m.group(1), withoutComments(text)));
                }
            }
        }
        return all;
    }

    static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }

    /** Package -> the asynclang packages it uses. */
    static Map<String, Set<String>> graph(List<Source> sources) {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Source s : sources) {
            Set<String> uses = edges.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(s.code());
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(s.pkg()) && !target.equals("asynclang.grammar")) {
                    uses.add(target);
                }
            }
        }
        return edges;
    }

    static String layerOf(String pkg) {
        String best = null;
        String bestPackage = "";
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            for (String p : layer.getValue()) {
                boolean matches = layer.getKey().equals("stdlib") ? pkg.startsWith(p) : pkg.equals(p);
                if (matches && p.length() > bestPackage.length()) {
                    best = layer.getKey();
                    bestPackage = p;
                }
            }
        }
        return best;
    }

    private static int rank(String layer) {
        return new ArrayList<>(LAYERS.keySet()).indexOf(layer);
    }

    @Test
    void everyPackageBelongsToALayerAndUsesNothingAbove() throws IOException {
        Map<String, Set<String>> edges = graph(sources("runtime", "language", "stdlib"));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : edges.entrySet()) {
            String from = layerOf(e.getKey());
            if (from == null) {
                problems.add(e.getKey() + " is in no layer");
                continue;
            }
            for (String target : e.getValue()) {
                String to = layerOf(target);
                if (to == null) {
                    problems.add(e.getKey() + " uses " + target + ", which is in no layer");
                } else if (rank(to) > rank(from)) {
                    problems.add(e.getKey() + " (" + from + ") uses " + target + " (" + to + "), a layer above it");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noPackageCycleLongerThanTwo() throws IOException {
        Map<String, Set<String>> edges = graph(sources("runtime", "language", "stdlib"));
        List<Set<String>> big = new ArrayList<>();
        for (Set<String> component : stronglyConnected(edges)) {
            if (component.size() > 2) {
                big.add(component);
            }
        }
        assertEquals(List.of(), big, "package cycles longer than two");
    }

    @Test
    void runtimeAndFrontEndImportNoTruffle() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> frontEnd = Set.of(L + ".ast", L + ".parser", L + ".resolver");
        for (Source s : sources("runtime", "language")) {
            boolean pure = s.pkg().startsWith("asynclang.runtime") || frontEnd.contains(s.pkg());
            if (pure && (s.code().contains("com.oracle.truffle") || s.code().contains("org.graalvm"))) {
                problems.add(s.file().getFileName() + " (" + s.pkg() + ") uses Truffle");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theLauncherTalksOnlyToThePolyglotApi() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Source s : sources("launcher")) {
            if (s.code().contains("asynclang.language") || s.code().contains("asynclang.stdlib") || s.code().contains("com.oracle.truffle")) {
                problems.add(s.file().getFileName().toString());
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Tarjan's algorithm. */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String v : edges.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, edges, index, low, stack, onStack, result, counter);
            }
        }
        return result;
    }

    private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index, Map<String, Integer> low,
                    Deque<String> stack, Set<String> onStack, List<Set<String>> result, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : edges.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, edges, index, low, stack, onStack, result, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            result.add(component);
        }
    }

    /** Prints the package graph (edges), for design notes: {@code -Dtest=LayeringTest#printGraph}. */
    @Test
    void printGraph() throws IOException {
        if (Boolean.getBoolean("asynclang.printGraph")) {
            graph(sources("runtime", "language", "stdlib")).forEach((k, v) -> v.forEach(t -> System.out.println(k + " -> " + t)));
        }
    }
}
