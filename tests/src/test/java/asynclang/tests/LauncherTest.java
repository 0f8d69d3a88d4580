package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./asynclang} command itself, run as a user runs it: a separate process. */
class LauncherTest {

    record Run(int exit, String out, String err) {
    }

    static Run asynclang(String... args) throws IOException, InterruptedException {
        return asynclangWithInput("", args);
    }

    /** Runs the command with {@code input} as its standard input (a file, so not a terminal). */
    static Run asynclangWithInput(String input, String... args) throws IOException, InterruptedException {
        return asynclangWithEnvironment(Map.of(), input, args);
    }

    /** The same, with {@code env} added to the environment. */
    static Run asynclangWithEnvironment(Map<String, String> env, String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(GoldenScriptsTest.ROOT.resolve("asynclang").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(GoldenScriptsTest.ROOT.toFile());
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        pb.environment().putAll(env);
        Path in = Files.createTempFile("asynclang", ".in");
        Path out = Files.createTempFile("asynclang", ".out");
        Path err = Files.createTempFile("asynclang", ".err");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "asynclang did not finish");
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(in);
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /**
     * In the C locale (a container, cron, env -i) file names, arguments and the environment
     * are still UTF-8: the JVM would otherwise decode them as ASCII and lose every other character.
     */
    @Test
    void theCLocaleStillGivesScriptsUtf8Names(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path script = dir.resolve("names.al");
        Files.writeString(script, """
                        import std.fs;
                        import std.process;
                        let d = args()[0];
                        fs.write_text(d + "/café😀.txt", "x").await;
                        println(fs.list_dir(d).await);
                        println(fs.read_text(d + "/café😀.txt").await);
                        println(process.run("ls", [d]).await.stdout.trim());
                        """, StandardCharsets.UTF_8);
        Run r = asynclangWithEnvironment(Map.of("LC_ALL", "C", "LANG", "C"), "", script.toString(), dir.toString());
        assertEquals("[\"café😀.txt\", \"names.al\"]\nx\ncafé😀.txt\nnames.al\n", r.out, r.err);
        assertEquals(0, r.exit, r.err);
    }

    /** Case mapping is the same under every locale, as Rust's: a Turkish default does not dot the capital I. */
    @Test
    void caseMappingIgnoresTheLocale() throws Exception {
        Run r = asynclang("--vm.Duser.language=tr", "--vm.Duser.country=TR", "-e", "println(\"title\".upper(), \"I\".lower());");
        assertEquals("TITLE i\n", r.out, r.err);
    }

    /** `asynclang script.al | head -1`: when the reader goes away, the program ends quietly, as a C program's SIGPIPE ends it. */
    @Test
    void aScriptPrintingToAReaderThatLeftEnds(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path script = dir.resolve("forever.al");
        Files.writeString(script, "let i = 0;\nloop { println(\"line\", i); i += 1; }\n");
        Path err = dir.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(GoldenScriptsTest.ROOT.resolve("asynclang").toString(), script.toString()).redirectError(err.toFile());
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process p = pb.start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("line 0", out.readLine());
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script went on printing into nothing");
        assertEquals(141, p.exitValue());
        assertEquals("", Files.readString(err));
    }

    /** A launcher ended by a signal takes the processes its script started with it. */
    @Test
    void aSignalEndsTheScriptsChildrenToo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        Path script = dir.resolve("child.al");
        Files.writeString(script, "import std.process;\nprocess.run(\"sh\", [\"-c\", \"echo $$ > " + pidFile + "; exec sleep 60\"]).await;\n");
        ProcessBuilder pb = new ProcessBuilder(GoldenScriptsTest.ROOT.resolve("asynclang").toString(), script.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process launcher = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(pidFile) && Files.readString(pidFile).strip().matches("\\d+")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long childPid = Long.parseLong(Files.readString(pidFile).strip());
        launcher.destroy(); // SIGTERM to the JVM (the script execs it)
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, launcher.exitValue());
        java.util.Optional<ProcessHandle> child = ProcessHandle.of(childPid);
        if (child.isPresent()) {
            child.get().onExit().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void helloRunsOnTheOptimizingRuntimeWithoutWarnings() throws Exception {
        Run r = asynclang("examples/hello.al");
        assertEquals(0, r.exit, r.err);
        assertEquals(Files.readString(GoldenScriptsTest.ROOT.resolve("examples/hello.out")), r.out);
        assertEquals("", r.err, "no interpreter-only or other warning expected");
    }

    /**
     * A home directory where nothing can be written (a service account, a read-only container):
     * Truffle's attach library comes from the build, not from a cache under the home, so the
     * optimizing runtime is there and nothing is printed.
     */
    @Test
    void aHomeWhereNothingCanBeWrittenStillGetsTheOptimizingRuntime() throws Exception {
        Run r = asynclangWithEnvironment(Map.of("HOME", "/dev/null", "XDG_CACHE_HOME", "/dev/null"), "", "examples/hello.al");
        assertEquals(0, r.exit, r.err);
        assertEquals(Files.readString(GoldenScriptsTest.ROOT.resolve("examples/hello.out")), r.out);
        assertEquals("", r.err, "no interpreter-only warning expected");
    }

    /** A JVM warning (here: large pages asked for where none are configured) is not script output. */
    @Test
    void theJvmsOwnWarningsStayOutOfStandardOutput() throws Exception {
        Run r = asynclangWithEnvironment(Map.of("ASYNCLANG_JAVA_OPTS", "-XX:+UseLargePages -XX:-UseTransparentHugePages"), "", "examples/hello.al");
        assertEquals(0, r.exit, r.err);
        assertEquals(Files.readString(GoldenScriptsTest.ROOT.resolve("examples/hello.out")), r.out);
        assertTrue(r.err.isEmpty() || r.err.contains("[warning]"), r.err);
    }

    @Test
    void helpAndVersion() throws Exception {
        Run help = asynclang("--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.startsWith("usage: asynclang"), help.out);
        assertTrue(help.out.contains("--virtual-time"));
        Run version = asynclang("--version");
        assertEquals(0, version.exit);
        assertTrue(version.out.matches("asynclang \\d+\\.\\d+\\.\\d+\\n"), version.out);
    }

    @Test
    void missingFileIsAOneLineError() throws Exception {
        Run r = asynclang("no/such/file.al");
        assertEquals(1, r.exit);
        assertEquals("error: cannot read no/such/file.al: no such file\n", r.err);
        assertEquals("", r.out);
    }

    /** A --vm option the JVM refuses is the launcher's one-line error with the JVM's reason, not the JVM's own lines. */
    @Test
    void aVmOptionTheJvmRefusesIsOneError() throws Exception {
        Run small = asynclang("--vm.Xss1k", "examples/hello.al");
        assertEquals(1, small.exit);
        assertTrue(small.err.matches("error: the Java VM refused --vm.Xss1k: The Java thread stack size specified is too small\\..*\\n"), small.err);
        assertEquals("", small.out);
        Run unknown = asynclang("--vm.Xmx64m", "--vm.XX:+NoSuchFlag", "examples/hello.al");
        assertEquals("error: the Java VM refused --vm.Xmx64m --vm.XX:+NoSuchFlag: Unrecognized VM option 'NoSuchFlag'\n", unknown.err);
        assertEquals(1, unknown.exit);
        Run fine = asynclang("--vm.Xmx64m", "examples/hello.al");
        assertEquals(0, fine.exit, fine.err);
    }

    @Test
    void unknownOptionAndNoScript() throws Exception {
        Run r = asynclang("--frobnicate", "x.al");
        assertEquals(1, r.exit);
        assertTrue(r.err.startsWith("error: unknown option --frobnicate\n"), r.err);
    }

    @Test
    void withNoScriptAndNoTerminalTheScriptIsStandardInput() throws Exception {
        Run none = asynclangWithInput("println(\"from stdin\");\n");
        assertEquals(0, none.exit, none.err);
        assertEquals("from stdin\n", none.out);
        Run dash = asynclangWithInput("println(args());\n", "-", "a", "b");
        assertEquals("[\"a\", \"b\"]\n", dash.out);
        Run error = asynclangWithInput("let x = ;\n", "-");
        assertEquals(1, error.exit);
        assertTrue(error.err.startsWith("error: expected expression, found `;`\n --> <stdin>:1:9\n"), error.err);
    }

    @Test
    void evalRunsCodeFromTheCommandLine() throws Exception {
        Run r = asynclang("-e", "println(args()); sleep(10ms).await; exit(4);", "a");
        assertEquals("[\"a\"]\n", r.out);
        assertEquals(4, r.exit);
        Run error = asynclang("--eval", "1 +");
        assertEquals(1, error.exit);
        assertTrue(error.err.startsWith("error: expected expression, found end of file\n --> <code>:1:4\n"), error.err);
        Run missing = asynclang("-e");
        assertEquals(1, missing.exit);
        assertTrue(missing.err.startsWith("error: -e needs the code to run"), missing.err);
    }

    /**
     * A standard stream the caller closed is a free descriptor, which the JVM would take for a
     * file of its own (the AOT cache, a jar): a read of standard input then returned its bytes.
     * The launcher puts /dev/null there: end of input, output dropped.
     */
    @Test
    void closedStandardStreamsReadAsEmptyAndDropOutput() throws Exception {
        String launcher = GoldenScriptsTest.ROOT.resolve("asynclang").toString();
        String code = "'import std.io; println([io.read_line().await]); eprintln(\"done\");'";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "'" + launcher.replace("'", "'\\''") + "' -e " + code + " <&-")
                        .directory(GoldenScriptsTest.ROOT.toFile());
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "asynclang did not finish");
        assertEquals("[nil]\n", out);
        assertEquals("done\n", err);
        assertEquals(0, p.exitValue());
        ProcessBuilder closedOut = new ProcessBuilder("bash", "-c", "'" + launcher.replace("'", "'\\''") + "' -e " + code + " </dev/null >&- 2>&-")
                        .directory(GoldenScriptsTest.ROOT.toFile());
        closedOut.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process q = closedOut.start();
        assertTrue(q.waitFor(120, TimeUnit.SECONDS), "asynclang did not finish");
        assertEquals(0, q.exitValue());
    }

    /** {@code #!/usr/bin/env asynclang}: a script runs as a command of its own. */
    @Test
    void aShebangScriptRunsByItself() throws Exception {
        Path script = Files.createTempFile("shebang", ".al");
        Files.writeString(script, "#!/usr/bin/env asynclang\nprintln(\"ran\", args());\n");
        script.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder(script.toString(), "z").redirectErrorStream(true);
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        pb.environment().put("PATH", GoldenScriptsTest.ROOT + java.io.File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Files.delete(script);
        assertEquals("ran [\"z\"]\n", out);
        assertEquals(0, p.exitValue());
    }

    @Test
    void scriptArgumentsAndExitCode() throws Exception {
        Path script = Files.createTempFile("args", ".al");
        Files.writeString(script, "println(args());\nexit(len(args()));\n");
        Run r = asynclang(script.toString(), "a", "b c");
        Files.delete(script);
        assertEquals("[\"a\", \"b c\"]\n", r.out);
        assertEquals(2, r.exit);
        assertFalse(r.err.contains("Exception"), r.err);
    }

    /**
     * A reader of a pipe sees each line once the script goes idle, not when it exits: the script
     * sleeps for an hour after its first line, so that line can only arrive through the flush
     * before the wait.
     */
    @Test
    void outputReachesAPipeWhenTheScriptWaits() throws Exception {
        try (Waiting w = Waiting.start("println(\"first\");\nsleep(1h).await;\nprintln(\"second\");\n")) {
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return w.out.readLine();
                } catch (java.io.IOException e) {
                    return "read failed: " + e;
                }
            });
            try {
                assertEquals("first", first.get(60, TimeUnit.SECONDS));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the first line did not arrive while the script waited");
            }
            assertTrue(w.process.isAlive());
        }
    }

    /**
     * The compilers run 10 nicer than the process (the launcher's thread-priority flags), the
     * script's threads and the collector at the process's own: read from /proc while a script
     * waits.
     */
    @Test
    void compilerThreadsRunAtALowerPriority() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        try (Waiting w = Waiting.start("fn f(x) { x + 1 }\nprintln(f(1));\nsleep(1h).await;\n")) {
            assertEquals("2", w.out.readLine());
            java.util.Map<String, Integer> nice = new java.util.TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc", Long.toString(w.process.pid()), "task"))) {
                for (Path task : tasks.toList()) {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String stat = Files.readString(task.resolve("stat"));
                    // After the name in parentheses: state is field 3, nice field 19.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    nice.merge(name.startsWith("TruffleCompiler") ? "TruffleCompiler" : name, Integer.parseInt(fields[16]), Math::max);
                }
            }
            // Relative to the process's own nice: a test run may itself be niced.
            int base = nice.get("java");
            assertEquals(Math.min(19, base + 10), nice.get("TruffleCompiler"), nice.toString());
            assertEquals(Math.min(19, base + 10), nice.get("C1 CompilerThre"), nice.toString());
            assertEquals(base, nice.get("VM Thread"), nice.toString());
            assertEquals(base, nice.get("Finalizer"), nice.toString());
        }
    }

    /**
     * The command passes the AOT cache only while no jar is newer than it (the JVM would refuse
     * a stale cache), and finds its checkout through a symbolic link. Run on a stand-in checkout
     * whose "java" prints its arguments.
     */
    @Test
    void theAotCacheIsPassedOnlyWhileNoJarIsNewer(@TempDir Path temp) throws Exception {
        Path checkout = Files.createDirectory(temp.resolve("checkout"));
        Path script = checkout.resolve("asynclang");
        Files.copy(GoldenScriptsTest.ROOT.resolve("asynclang"), script);
        Path java = checkout.resolve("launcher/target/runtime/image/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Path cache = checkout.resolve("launcher/target/runtime/asynclang.aot");
        Path jar = checkout.resolve("launcher/target/jvm/modules/some.jar");
        Path launcherJar = checkout.resolve("launcher/target/asynclang-launcher.jar");
        Files.createDirectories(jar.getParent());
        for (Path f : List.of(cache, jar, launcherJar)) {
            Files.writeString(f, "");
        }
        for (Path f : List.of(script, java)) {
            f.toFile().setExecutable(true);
        }
        Path link = Files.createSymbolicLink(Files.createDirectory(temp.resolve("bin")).resolve("asynclang"), script);
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(now - 60_000));
        Files.setLastModifiedTime(launcherJar, FileTime.fromMillis(now - 60_000));
        Files.setLastModifiedTime(cache, FileTime.fromMillis(now - 30_000));
        String fresh = argumentsOf(link);
        assertTrue(fresh.contains("-XX:AOTCache=" + cache.toRealPath()), fresh);
        assertTrue(fresh.contains("-XX:CompileCommandFile=" + checkout.toRealPath().resolve("launcher/compile-commands")), fresh);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(now));
        String stale = argumentsOf(link);
        assertFalse(stale.contains("AOTCache"), stale);
        assertTrue(stale.contains("asynclang.launcher.Main"), stale);
    }

    private static String argumentsOf(Path command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command.toString(), "x.al").redirectErrorStream(true);
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        pb.environment().remove("ASYNCLANG_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** A script that waits (for an hour) while a test looks at it; closing kills it. */
    record Waiting(Process process, java.io.BufferedReader out, Path script) implements AutoCloseable {

        static Waiting start(String source) throws IOException {
            Path script = Files.createTempFile("waiting", ".al");
            Files.writeString(script, source);
            ProcessBuilder pb = new ProcessBuilder(GoldenScriptsTest.ROOT.resolve("asynclang").toString(), script.toString())
                            .directory(GoldenScriptsTest.ROOT.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("ASYNCLANG_NO_BUILD", "1");
            Process p = pb.start();
            return new Waiting(p, new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)), script);
        }

        // The process goes first: closing the reader would wait for a read still in progress,
        // which only ends once the process is gone.
        @Override
        public void close() throws IOException, InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            out.close();
            Files.delete(script);
        }
    }
}
