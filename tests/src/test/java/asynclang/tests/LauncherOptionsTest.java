package asynclang.tests;

import static asynclang.tests.LauncherTest.asynclang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every option {@code asynclang --help} lists, run once for its observable effect. The first
 * test fails when --help lists an option no test here is {@link Covers named} for.
 */
class LauncherOptionsTest {

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Covers {
        String[] value();
    }

    private static final String FIB = "fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }\nfn rarely() { 1 }\nrarely();\nprintln(fib(25));\n";

    private static Path script(String text) throws Exception {
        Path file = Files.createTempFile("options", ".al");
        Files.writeString(file, text);
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void everyOptionInTheHelpIsTested() throws Exception {
        String help = asynclang("--help").out();
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^  (-[^ ,\\[=]*)(?:, (--[^ \\[=]+))?").matcher(help);
        while (m.find()) {
            listed.add(m.group(1));
            if (m.group(2) != null) {
                listed.add(m.group(2));
            }
        }
        Set<String> covered = new TreeSet<>();
        for (Method method : getClass().getDeclaredMethods()) {
            Covers c = method.getAnnotation(Covers.class);
            if (c != null) {
                covered.addAll(Set.of(c.value()));
            }
        }
        assertTrue(listed.size() > 15, "read the options off --help: " + listed);
        assertEquals(listed, covered, "options listed by --help vs options with a test");
    }

    @Test
    @Covers({"--help", "--version"})
    void helpAndVersion() throws Exception {
        assertTrue(asynclang("--help").out().startsWith("usage: asynclang"));
        assertTrue(asynclang("-h").out().startsWith("usage: asynclang"));
        assertTrue(asynclang("--version").out().matches("asynclang \\d+\\.\\d+\\.\\d+\\n"));
    }

    @Test
    @Covers({"-e", "--eval", "-"})
    void codeFromTheCommandLineOrStandardInput() throws Exception {
        assertEquals("3\n", asynclang("-e", "println(1 + 2);").out());
        assertEquals("3\n", asynclang("--eval", "println(1 + 2);").out());
        assertEquals("piped\n", LauncherTest.asynclangWithInput("println(\"piped\");", "-").out());
    }

    @Test
    @Covers({"-i", "--interactive"})
    void interactiveStartsTheReplOnAPipe() throws Exception {
        assertTrue(LauncherTest.asynclangWithInput("1 + 1\n", "-i").out().contains("> 2\n"));
        assertTrue(LauncherTest.asynclangWithInput("1 + 1\n", "--interactive").out().contains("> 2\n"));
        LauncherTest.Run withScript = asynclang("-i", "examples/hello.al");
        assertEquals(1, withScript.exit());
        assertTrue(withScript.err().startsWith("error: -i starts the REPL; it takes no script\n"), withScript.err());
    }

    @Test
    @Covers("--virtual-time")
    void virtualTime() throws Exception {
        // An hour of sleeping: the test would time out on the real clock.
        LauncherTest.Run r = asynclang("--virtual-time", "-e", "sleep(1h).await; println(\"an hour later\");");
        assertEquals("an hour later\n", r.out());
        // Also with a value, as GraalVM's boolean options are written.
        assertEquals("an hour later\n", asynclang("--virtual-time=true", "-e", "sleep(1h).await; println(\"an hour later\");").out());
        assertEquals("real\n", asynclang("--virtual-time=false", "-e", "let t = now(); sleep(20ms).await; println(if now() - t >= 20ms { \"real\" } else { \"virtual\" });").out());
        LauncherTest.Run bad = asynclang("--virtual-time=maybe", "-e", "1");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("error: --virtual-time takes true or false, got `maybe`\n"), bad.err());
    }

    @Test
    @Covers("--trace")
    void trace() throws Exception {
        String err = asynclang("--trace", "--virtual-time", "-e", "sleep(1s).await;").err();
        assertTrue(err.contains("pending  task 1 (main) at <code>:1:1 on `sleep(1s).await`"), err);
        String filtered = asynclang("--trace=wake", "--virtual-time", "-e", "sleep(1s).await;").err();
        assertEquals("[    1.000s] wake     task 1 (main) by timer\n", filtered);
    }

    @Test
    @Covers("--explain")
    void explain() throws Exception {
        LauncherTest.Run r = asynclang("--explain", "-e", "async fn f() { sleep(1s).await }");
        assertTrue(r.out().startsWith("FFuture (async fn f, <code>:1:1)\n"), r.out());
    }

    @Test
    @Covers("--warn-blocking")
    void warnBlocking() throws Exception {
        LauncherTest.Run r = asynclang("--warn-blocking=1ms", "-e", "let i = 0; while i < 3000000 { i += 1; }");
        assertTrue(r.err().startsWith("warning: task 1 (main) blocked the executor for "), r.err());
    }

    @Test
    @Covers("--cpusampler")
    void cpuSamplerPutsTheHotFunctionFirst() throws Exception {
        LauncherTest.Run r = asynclang("--cpusampler", script(FIB).toString());
        assertEquals("75025\n", r.out().lines().findFirst().orElse("") + "\n");
        // The first row of the histogram is the function that took the time.
        String report = r.out() + r.err();
        Matcher row = Pattern.compile("(?m)^ (\\S+)\\s+\\|\\|\\s+\\d+ms").matcher(report);
        assertTrue(row.find(), report);
        assertEquals("fib", row.group(1), report);
    }

    @Test
    @Covers("--cputracer")
    void cpuTracerCountsCalls() throws Exception {
        LauncherTest.Run r = asynclang("--cputracer", script(FIB).toString());
        String report = r.out() + r.err();
        assertTrue(Pattern.compile("(?m)^ fib\\s+\\|\\s+242785 ").matcher(report).find(), report);
        assertTrue(Pattern.compile("(?m)^ rarely\\s+\\|\\s+1 ").matcher(report).find(), report);
    }

    @Test
    @Covers("--inspect")
    void inspectPrintsTheDevToolsAddress() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // Not suspended and not waiting for a debugger: the script runs on; the address is printed.
        LauncherTest.Run r = asynclang("--inspect=" + port, "--inspect.Suspend=false", "--inspect.WaitAttached=false", "-e", "println(\"ran\");");
        assertEquals("ran\n", r.out());
        assertTrue(r.err().contains("Debugger listening on ws://127.0.0.1:" + port + "/"), r.err());
    }

    @Test
    @Covers("--vm.OPTION")
    void vmOptionsReachTheJavaVm() throws Exception {
        LauncherTest.Run r = asynclang("--vm.showversion", "-e", "println(1);");
        assertEquals("1\n", r.out());
        assertTrue(r.err().contains("Runtime Environment"), r.err());
    }

    /**
     * JVM options that clash with the launcher's own defaults (the collector, the heap's first
     * size) or with the fast-start cache built for them (a heap past 32g, another object layout,
     * no JIT) still run the script, with nothing from the JVM on standard error.
     */
    @Test
    void vmOptionsThatChangeTheLaunchersDefaultsStillRun() throws Exception {
        for (String option : new String[] {"--vm.XX:+UseParallelGC", "--vm.Xmn64m", "--vm.Xmx12m", "--vm.Xmx33g",
                        "--vm.XX:-UseCompactObjectHeaders", "--vm.Xint", "--vm.XX:-EnableJVMCI", "--vm.XX:+UseZGC", "--vm.XX:+UseShenandoahGC"}) {
            LauncherTest.Run r = asynclang(option, "-e", "println(6 * 7);");
            assertEquals("42\n", r.out(), option + ": " + r.err());
            assertEquals("", r.err(), option);
            assertEquals(0, r.exit(), option);
        }
    }

    @Test
    @Covers("--engine.NAME")
    void engineOptions() throws Exception {
        // Compiled in the foreground (BackgroundCompilation=false), so fib is compiled before the
        // script ends however busy the machine is; a background compile could still be queued.
        LauncherTest.Run r = asynclang("--engine.TraceCompilation=true", "--experimental-options", "--engine.BackgroundCompilation=false",
                        script(FIB.replace("fib(25)", "fib(30)")).toString());
        assertTrue(r.err().contains("opt done") && r.err().contains("fib"), r.err());
        LauncherTest.Run wrong = asynclang("--engine.TraceCompilation=maybe", "-e", "1;");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().startsWith("error: ") && wrong.err().contains("maybe"), wrong.err());
    }

    @Test
    @Covers("--compiler.NAME")
    void compilerOptions() throws Exception {
        // Every compiler option is experimental.
        assertEquals("75025\n", asynclang("--experimental-options", "--compiler.Inlining=false", script(FIB).toString()).out());
        LauncherTest.Run wrong = asynclang("--compiler.NoSuchOption=1", "-e", "1;");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().startsWith("error: unknown option --compiler.NoSuchOption\n"), wrong.err());
    }

    @Test
    @Covers("--asynclang.NAME")
    void languageOptions() throws Exception {
        LauncherTest.Run r = asynclang("--asynclang.Explain=true", "-e", "async fn f() { sleep(1s).await }");
        assertTrue(r.out().startsWith("FFuture (async fn f"), r.out());
    }

    @Test
    @Covers({"--NAME", "--experimental-options"})
    void anyPolyglotOptionAndExperimentalOnes() throws Exception {
        LauncherTest.Run json = asynclang("--cpusampler", "--cpusampler.Output=json", script(FIB).toString());
        assertTrue(json.out().contains("\"root_name\":\"fib\""), json.out());
        LauncherTest.Run refused = asynclang("--cputracer", "--cputracer.TraceInternal=true", "-e", "1;");
        assertEquals(1, refused.exit());
        assertEquals("error: --cputracer.TraceInternal is an experimental option: add --experimental-options to use it\n", refused.err());
        LauncherTest.Run allowed = asynclang("--experimental-options", "--cputracer", "--cputracer.TraceInternal=true", "-e", "1;");
        assertEquals(0, allowed.exit(), allowed.err());
    }
}
