package asynclang.tests.fuzz;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzz property: what a run of any input may end in (LANGUAGE.md section 7).
 *
 * <p>Allowed: normal completion (exit 0, or the code the script gave to {@code exit(n)});
 * compile or uncaught errors reported as {@code error: MESSAGE} followed by a
 * {@code  --> file:line:col} location line (exit 1); a deadlock report {@code error: deadlock...}
 * (exit 2); {@code warning: ...} lines; the out-of-memory report the contract spells out.
 *
 * <p>Never: a hang past the bound (generated programs terminate by construction), a
 * Throwable escaping the launcher (a crash), {@code internal error} or exit status 70,
 * {@code Resource exhausted}, a Java stack frame, a Java class name, a JVM message, or an
 * engine-internal name, on stdout or stderr; an {@code error:} without a location; a
 * stack-trace frame that is not {@code at NAME (file.al:line:col)}.
 *
 * <p>{@link #judge} returns {@code null} when the outcome is allowed, else the violation.
 * {@link Violation#key} is the failure class: the same bug gives the same key whatever the
 * program, so that the findings can be deduplicated.
 */
record Verdict(String kind, String key, String evidence) {

    /** What a case may do besides completing: whether it may call exit(n), print freely to stderr. */
    record Leeway(boolean mayExit, boolean freeStderr) {
        static final Leeway GENERATED = new Leeway(false, false);
        static final Leeway SEED_SCRIPT = new Leeway(true, true);
    }

    private static final Pattern JAVA_NAME = Pattern.compile(
                    "\\b(?:java|javax|jdk|sun|com\\.oracle|org\\.graalvm|org\\.antlr|asynclang\\.(?:language|runtime|launcher|grammar|stdlib))\\.[a-z][\\w$.]*");
    private static final Pattern JAVA_THROWABLE = Pattern.compile("\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b");
    private static final Pattern JAVA_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)|Exception in thread \"");
    /** Messages of the JDK's own exceptions, as they read when passed on verbatim. */
    private static final Pattern JVM_MESSAGE = Pattern.compile(
                    "Input length = \\d+|/ by zero|For input string: |out of bounds for length|Cannot invoke \"|cannot be cast to class"
                                    + "|because \"[^\"]*\" is null|because the return value of|\\b(?:long|integer) overflow\\b|BigInteger would overflow"
                                    + "|Malformed input|Illegal embedded|(?m)^error: null$");
    /** Truffle and polyglot internals: node classes, identity hashes, the engine's own words. */
    private static final Pattern ENGINE_NAME = Pattern.compile(
                    "\\b\\w+Node(?:Gen)?\\b(?!\\.al)|\\b[A-Z]\\w+@[0-9a-f]{5,}\\b|\\bTruffle\\w*|\\bPolyglot\\w*|\\bOSR\\b|\\$\\$Lambda|\\bRootNode\\b");
    /** Indented to the width of the line-number gutter, as in rustc. */
    private static final Pattern LOCATION = Pattern.compile("^ +--> .+:\\d+:\\d+$");
    private static final Pattern FRAME = Pattern.compile("^    at (\\S.*) \\((.+):(\\d+):(\\d+)\\)$");
    private static final Pattern FRAME_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|<main>|<closure>|<async block>");
    /** The lines an asynclang report is made of (besides the message itself). */
    private static final Pattern REPORT_LINE = Pattern.compile(
                    "^(?:|warning: .*|error: .*|note: .*| +--> .*|\\s*\\|.*|\\s*\\d+ \\|.*|\\s*[\\^~ ]+|    at .*|    \\.\\.\\. .*|  task \\d+ .*)$");

    /** {@code null} if {@code o} is allowed. */
    static Verdict judge(CaseRunner.Outcome o, Leeway leeway) {
        if (o.timedOut()) {
            return new Verdict("hang", "hang", (o.heapFull() ? "stopped holding half the heap" : "no outcome within the bound") + (o.stuck() ? "; the worker did not stop when its Context was cancelled" : ""));
        }
        if (o.escaped() != null) {
            Throwable t = o.escaped();
            return new Verdict("crash", "crash: " + t.getClass().getName() + at(t), String.valueOf(t));
        }
        String both = o.stdout() + "\n" + o.stderr();
        if (o.exit() == 70 || o.stderr().contains("internal error")) {
            // The launcher prints no Java details for an internal error; the runner kept the exception.
            String what = o.internal() != null ? javaCause(o.internal()) : firstThrowable(o.stderr()) + firstFrame(o.stderr());
            return new Verdict("internal error", "internal error: " + what, excerpt(o.stderr()) + (o.internal() != null ? "\ncause: " + o.internal() : ""));
        }
        if (both.contains("Resource exhausted")) {
            return new Verdict("resource exhausted", "Resource exhausted: " + normalize(lineWith(both, "Resource exhausted")), excerpt(both));
        }
        for (Pattern p : List.of(JAVA_FRAME, JAVA_NAME, JAVA_THROWABLE, JVM_MESSAGE, ENGINE_NAME)) {
            Matcher m = p.matcher(both);
            if (m.find()) {
                String line = lineAt(both, m.start());
                return new Verdict("java leak", "leak `" + normalize(m.group()) + "` in: " + normalize(line), excerpt(line));
            }
        }
        List<String> lines = o.stderr().lines().toList();
        if (o.stderr().endsWith(CaseRunner.TRUNCATED)) {
            // The capture was cut at its cap, maybe mid-line: the last two lines are no evidence.
            lines = lines.subList(0, Math.max(0, lines.size() - 2));
        }
        boolean deadlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("error: deadlock")) {
                deadlock = true;
            } else if (line.startsWith("error: ") && !line.startsWith("error: out of memory (the heap limit is")) {
                if (!hasLocation(lines, i + 1)) {
                    return new Verdict("no location", "error without location: " + normalize(line), excerpt(o.stderr()));
                }
            } else if (line.startsWith("    at ")) {
                Matcher f = FRAME.matcher(line);
                if (!f.matches() || !FRAME_NAME.matcher(f.group(1)).matches()) {
                    return new Verdict("bad frame", "stack frame not `at NAME (file:line:col)`: " + normalize(line), excerpt(o.stderr()));
                }
            } else if (!leeway.freeStderr() && !REPORT_LINE.matcher(line).matches() && !continuesMessage(lines, i)) {
                return new Verdict("stray stderr", "stderr line that is no part of a report: " + normalize(line), excerpt(o.stderr()));
            }
        }
        boolean reported = lines.stream().anyMatch(l -> l.startsWith("error: "));
        switch (o.exit()) {
            case 0:
                return null;
            case 1:
                return reported ? null : new Verdict("bad exit", "exit 1 without an error report", excerpt(o.stderr()));
            case 2:
                return deadlock || leeway.mayExit() ? null : new Verdict("bad exit", "exit 2 without a deadlock report", excerpt(o.stderr()));
            default:
                return leeway.mayExit() ? null : new Verdict("bad exit", "exit " + o.exit(), excerpt(o.stderr()));
        }
    }

    /** A ` --> ` line follows before the next report starts (the message itself may span lines). */
    private static boolean hasLocation(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (LOCATION.matcher(lines.get(i)).matches()) {
                return true;
            }
            if (lines.get(i).startsWith("error: ") || lines.get(i).startsWith("warning: ")) {
                return false;
            }
        }
        return false;
    }

    /** A line between an {@code error:} line and its location: the rest of a multi-line message. */
    private static boolean continuesMessage(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (LOCATION.matcher(lines.get(j)).matches()) {
                return false;
            }
            if (lines.get(j).startsWith("error: ")) {
                return hasLocation(lines, i + 1);
            }
        }
        return false;
    }

    /** Digits, quoted text and names made uniform, so that one bug gives one key. */
    static String normalize(String s) {
        String t = s.strip();
        t = t.replaceAll("`[^`]*`", "`X`").replaceAll("\"[^\"]*\"", "\"S\"").replaceAll("\\d+", "N");
        return t.length() > 160 ? t.substring(0, 160) + "..." : t;
    }

    private static String excerpt(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "\n[...]" : s;
    }

    private static String lineAt(String s, int index) {
        int start = s.lastIndexOf('\n', index) + 1;
        int end = s.indexOf('\n', index);
        return s.substring(start, end < 0 ? s.length() : end);
    }

    private static String lineWith(String s, String needle) {
        return lineAt(s, s.indexOf(needle));
    }

    private static String firstThrowable(String s) {
        Matcher m = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\b").matcher(s);
        return m.find() ? m.group() : "?";
    }

    private static String firstFrame(String s) {
        Matcher m = Pattern.compile("at (asynclang\\.[\\w$.]+)\\(").matcher(s);
        return m.find() ? " at " + m.group(1) : "";
    }

    /** The innermost cause's class and its first frame in asynclang's own code. */
    private static String javaCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String name = c instanceof org.graalvm.polyglot.PolyglotException p && p.isHostException() ? p.asHostException().getClass().getName() : c.getClass().getName();
        String message = c.getMessage() == null ? "" : ": " + normalize(c.getMessage().lines().findFirst().orElse(""));
        return name + message + at(c);
    }

    private static String at(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("asynclang.") && !e.getClassName().startsWith("asynclang.tests")) {
                return " at " + e.getClassName() + "." + e.getMethodName();
            }
        }
        return "";
    }
}
