package asynclang.language.tooling;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.async.Coroutine;
import asynclang.language.async.ImportedModule;
import asynclang.language.errors.ErrorReport;
import asynclang.runtime.Deadlock;
import asynclang.runtime.Future;
import asynclang.runtime.Task;

/** Says where each task is stuck: for deadlock reports. */
public final class TaskDump {

    private TaskDump() {
    }

    @TruffleBoundary
    public static String deadlock(Deadlock d) {
        StringBuilder sb = new StringBuilder("error: deadlock: every task is waiting and nothing can wake any of them\n");
        for (Task t : d.tasks()) {
            sb.append("  ").append(describe(t)).append('\n');
        }
        return sb.toString();
    }

    /** {@code task 2 (worker) suspended at a.al:3:5 in worker, awaiting `rx.recv()` (channel receive)}. */
    @TruffleBoundary
    public static String describe(Task t) {
        StringBuilder sb = new StringBuilder("task ").append(t.id()).append(" (").append(t.name()).append(")");
        Future f = t.future();
        if (f instanceof Coroutine c) {
            appendWait(sb, c);
        } else if (f != null) {
            sb.append(" waiting for ").append(f.describe());
        }
        return sb.toString();
    }

    /**
     * Where chain {@code c} is suspended and on what; an import it waits on is followed into the
     * module's top level, where the wait really is.
     */
    private static void appendWait(StringBuilder sb, Coroutine c) {
        SourceSection at = c.suspendedAt();
        if (at != null) {
            sb.append(" suspended at ").append(ErrorReport.position(at)).append(" in ").append(c.innermostName());
            sb.append(", awaiting `").append(awaitedOperand(at)).append('`');
        }
        if (c.leaf() != null) {
            sb.append(" (").append(c.leaf().describe()).append(')');
            Coroutine module = ImportedModule.topLevelRunning(c.leaf());
            if (module != null && module.suspendedAt() != null) {
                sb.append(", whose top level is");
                appendWait(sb, module);
            }
        }
    }

    /** The source of {@code x.await} without the {@code .await}. */
    static String awaitedText(SourceSection at) {
        String text = at.getCharacters().toString();
        int dot = text.lastIndexOf('.');
        String operand = dot > 0 && text.substring(dot + 1).strip().equals("await") ? text.substring(0, dot) : text;
        return operand.strip().replaceAll("\\s+", " ");
    }

    /**
     * What the wait at {@code at} waits for: the operand of {@code .await} as written, or, where
     * the main task waits without an {@code .await} in the source, the import (its module's top
     * level runs) or {@code main()} (the script's {@code async fn main}, run last).
     */
    static String awaitedOperand(SourceSection at) {
        String text = awaitedText(at);
        if (at.getCharacters().toString().strip().endsWith("await")) {
            return text;
        }
        if (text.startsWith("import ")) {
            return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        }
        return text.startsWith("async fn main") ? "main()" : text;
    }

    /** The wait at {@code at} as code: {@code conn.read().await}, {@code import std.fs}, {@code main().await}. */
    static String awaitedCode(SourceSection at) {
        String operand = awaitedOperand(at);
        return operand.startsWith("import ") ? operand : operand + ".await";
    }
}
