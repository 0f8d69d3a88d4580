package asynclang.language.tooling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.bytecode.Instruction;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.ast.FunctionNode;
import asynclang.language.codegen.Codegen;
import asynclang.language.errors.ErrorReport;

/**
 * {@code --explain}: the state machine each async body was compiled into, read off its
 * bytecode. Every {@code yield} instruction is a suspension point, so a state; the source
 * section the compiler gave it names the awaited expression.
 */
public final class StateMachines {

    private StateMachines() {
    }

    public static String explain(Source source, Codegen.CompiledProgram program) {
        return explain(source, program, 0, source.getLength());
    }

    /** The state machines of the async bodies between {@code from} and {@code to} only (one fn of a source). */
    public static String explain(Source source, Codegen.CompiledProgram program, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (Codegen.CompiledBody body : program.bodies()) {
            FunctionNode fn = body.function();
            if (fn.start < from || fn.end > to) {
                continue;
            }
            List<SourceSection> awaits = new ArrayList<>();
            for (Instruction instruction : body.root().getBytecodeNode().getInstructions()) {
                // A finally block is compiled once per way out of its try (normal, error,
                // return, break...), each with its own yield: one await point, one state.
                if (instruction.getName().equals("yield") && !awaits.contains(instruction.getSourceSection())) {
                    awaits.add(instruction.getSourceSection());
                }
            }
            if (!fn.kind.isAsync() || (fn.kind == FunctionNode.Kind.TOP_LEVEL && awaits.isEmpty())) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            explain(sb, source, fn, awaits);
        }
        if (sb.isEmpty()) {
            sb.append("no async fn or async block in ").append(source.getName()).append(": nothing is compiled into a state machine\n");
        }
        return sb.toString();
    }

    private static void explain(StringBuilder sb, Source source, FunctionNode fn, List<SourceSection> awaits) {
        SourceSection at = source.createSection(fn.start, Math.max(1, fn.length()));
        String what = switch (fn.kind) {
            case TOP_LEVEL -> "top level, run as the main task";
            case ASYNC_BLOCK -> "async block";
            case ASYNC_CLOSURE -> "async closure " + fn.displayName();
            default -> "async fn " + fn.name;
        };
        String typeName = switch (fn.kind) {
            case TOP_LEVEL -> "MainFuture";
            case ASYNC_BLOCK -> "AsyncBlockFuture";
            default -> camel(fn.displayName().replaceAll("[^A-Za-z0-9_]", "")) + "Future";
        };
        sb.append(typeName).append(" (").append(what).append(", ").append(ErrorReport.position(at)).append(")\n");

        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SourceSection s : awaits) {
            String operand = TaskDump.awaitedOperand(s);
            String base = "Awaiting" + camel(operand.startsWith("import ") ? "import" : stateWord(operand));
            int n = seen.merge(base, 1, Integer::sum);
            names.add(n == 1 ? base : base + n);
        }
        int width = "Start".length();
        for (String n : names) {
            width = Math.max(width, n.length());
        }
        row(sb, "Start", width, "created: nothing of the body has run yet");
        for (int i = 0; i < awaits.size(); i++) {
            SourceSection s = awaits.get(i);
            row(sb, names.get(i), width, "suspended at " + ErrorReport.position(s) + " on `" + TaskDump.awaitedCode(s) + "`");
        }
        row(sb, "Done", width, "returned: the output is ready");
        sb.append("  Start -> ");
        for (String n : names) {
            sb.append(n).append(" -> ");
        }
        sb.append("Done\n");
    }

    private static void row(StringBuilder sb, String state, int width, String text) {
        sb.append("  ").append(state).append(" ".repeat(width - state.length() + 2)).append(text).append('\n');
    }

    /** The word a state is named after: the function or method called, else the last name. */
    static String stateWord(String operand) {
        String text = operand.strip();
        if (text.endsWith(")")) {
            int depth = 0;
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    text = text.substring(0, i);
                    break;
                }
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?=[^A-Za-z0-9_]*$)").matcher(text);
        return m.find() ? m.group() : "Future";
    }

    static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.isEmpty() ? "Anonymous" : sb.toString();
    }
}
