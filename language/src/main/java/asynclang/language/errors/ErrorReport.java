package asynclang.language.errors;

import java.util.ArrayList;
import java.util.List;

import asynclang.language.frontend.CompileError;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Formats what a user sees for an error (LANGUAGE.md section 7): the message, the location,
 * the source line with a caret under the spot, and for run-time errors the asynclang frames.
 * <pre>
 * error: undefined variable `cout`
 *  --> hello.al:3:5
 *   |
 * 3 |     cout("hi");
 *   |     ^^^^
 * </pre>
 */
public final class ErrorReport {

    /** Identical consecutive frames (deep recursion) print this many times before collapsing. */
    private static final int REPEATED_FRAMES_SHOWN = 3;

    private ErrorReport() {
    }

    /**
     * One asynclang frame of a stack trace; or, with a null name, {@code omitted} frames left
     * out of a very deep one.
     */
    public record Frame(String name, SourceSection location, long omitted) {
        public Frame(String name, SourceSection location) {
            this(name, location, 0);
        }

        @Override
        public String toString() {
            return "at " + name + " (" + position(location) + ")";
        }
    }

    /** {@code cut}: what there were too many of ("syntax errors", "errors"), or null when all are shown. */
    @TruffleBoundary
    public static String compileErrors(List<CompileError> errors, String cut) {
        StringBuilder sb = new StringBuilder();
        for (CompileError e : errors) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(block(e.message(), e.source().createSection(e.start(), e.length())));
        }
        if (cut != null) {
            sb.append("\nnote: too many ").append(cut).append("; the rest are not shown\n");
        }
        return sb.toString();
    }

    /** The report of an error nobody caught: message, location, snippet, then the frames. */
    @TruffleBoundary
    public static String uncaught(AlException e) {
        return uncaught(e.getMessage(), e);
    }

    /** The report of {@code e} under another heading ("task 3 (worker) failed: ..."). */
    @TruffleBoundary
    public static String uncaught(String heading, AlException e) {
        return uncaught(heading, locate(e), frames(e));
    }

    @TruffleBoundary
    public static String uncaught(String message, SourceSection at, List<Frame> frames) {
        StringBuilder sb = new StringBuilder(at == null ? "error: " + message + "\n" : block(message, at));
        String previous = null;
        long repeats = 0;
        long leftOut = 0;
        for (Object item : foldCycles(frames)) {
            if (item instanceof String note) {
                flushRepeats(sb, repeats);
                repeats = 0;
                previous = null;
                sb.append(note);
                continue;
            }
            Frame f = (Frame) item;
            if (f.name() == null) {
                leftOut = f.omitted();
                continue;
            }
            String line = f.toString();
            if (leftOut > 0) {
                if (line.equals(previous)) {
                    // Frames left out of the middle of a recursion: more of the same.
                    repeats += leftOut;
                } else {
                    flushRepeats(sb, repeats);
                    repeats = 0;
                    previous = null;
                    sb.append("    ... ").append(leftOut).append(leftOut == 1 ? " more frame\n" : " more frames\n");
                }
                leftOut = 0;
            }
            if (line.equals(previous)) {
                repeats++;
                if (repeats >= REPEATED_FRAMES_SHOWN) {
                    continue;
                }
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
            }
            previous = line;
            sb.append("    ").append(line).append('\n');
        }
        flushRepeats(sb, repeats);
        return sb.toString();
    }

    private static final int MAX_CYCLE = 8;

    /**
     * Mutual recursion repeats a cycle of frames ({@code is_even}, {@code is_odd}, ...): keep two
     * turns of a cycle that repeats three or more times and replace the rest with a note. Runs
     * of one identical frame are left to the caller, which folds them the same way.
     */
    private static List<Object> foldCycles(List<Frame> frames) {
        List<String> lines = new java.util.ArrayList<>(frames.size());
        for (Frame f : frames) {
            lines.add(f.name() == null ? null : f.toString());
        }
        List<Object> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < frames.size()) {
            int period = cycleAt(lines, i);
            if (period == 0) {
                out.add(frames.get(i++));
                continue;
            }
            long turns = turnsAt(lines, i, period);
            int end = i + (int) turns * period;
            // The middle of a deep recursion may have been left out: more turns of the same cycle,
            // resumed at any point of it.
            if (end < lines.size() && lines.get(end) == null) {
                for (int phase = 0; phase < period && end + 1 + phase < lines.size(); phase++) {
                    int resume = end + 1 + phase;
                    if (lines.subList(end + 1, resume).equals(lines.subList(i + period - phase, i + period)) &&
                                    turnsAt(lines, resume, period) >= 1 && lines.subList(resume, Math.min(resume + period, lines.size())).equals(lines.subList(i, i + period))) {
                        long after = turnsAt(lines, resume, period);
                        turns += (frames.get(end).omitted() + phase) / period + after;
                        end = resume + (int) after * period;
                        break;
                    }
                }
            }
            out.addAll(frames.subList(i, i + 2 * period));
            long hidden = turns - 2;
            String count = hidden >= 100 ? "many" : String.valueOf(hidden);
            out.add("    ... the " + period + " frames above repeat " + count + (hidden == 1 ? " more time\n" : " more times\n"));
            i = end;
        }
        return out;
    }

    /** The length of a cycle of two or more frames that starts at {@code i} and turns at least three times, or 0. */
    private static int cycleAt(List<String> lines, int i) {
        for (int period = 2; period <= MAX_CYCLE; period++) {
            if (i + 1 < lines.size() && lines.get(i) != null && !lines.get(i).equals(lines.get(i + 1)) && turnsAt(lines, i, period) >= 3) {
                return period;
            }
        }
        return 0;
    }

    private static long turnsAt(List<String> lines, int i, int period) {
        if (i < 0 || i + period > lines.size()) {
            return 0;
        }
        for (int k = i; k < i + period; k++) {
            if (lines.get(k) == null) {
                return 0;
            }
        }
        long turns = 1;
        int at = i + period;
        while (at + period <= lines.size() && lines.subList(at, at + period).equals(lines.subList(i, i + period))) {
            turns++;
            at += period;
        }
        return turns;
    }

    private static void flushRepeats(StringBuilder sb, long repeats) {
        if (repeats >= REPEATED_FRAMES_SHOWN) {
            long hidden = repeats - REPEATED_FRAMES_SHOWN + 1;
            // Deep recursions repeat a frame a stack-size-dependent number of times; don't print a count that would vary.
            String count = hidden >= 100 ? "many" : String.valueOf(hidden);
            sb.append("    ... the frame above repeats ").append(count).append(hidden == 1 ? " more time\n" : " more times\n");
        }
    }

    private static final int MAX_SHOWN = 120;

    /** {@code error: msg}, then {@code --> file:line:col}, the source line and a caret. */
    @TruffleBoundary
    public static String block(String message, SourceSection at) {
        Source source = at.getSource();
        int line = at.getStartLine();
        int column = at.getStartColumn();
        String text = line <= source.getLineCount() ? source.getCharacters(line).toString() : "";
        int onThisLine = at.getStartLine() == at.getEndLine() ? at.getCharLength() : text.length() - (column - 1);
        // A minified or generated line can be megabytes long: show a window around the column.
        int from = 0;
        if (text.length() > MAX_SHOWN) {
            from = Math.max(0, Math.min(column - 1 - MAX_SHOWN / 2, text.length() - MAX_SHOWN));
            int to = Math.min(text.length(), from + MAX_SHOWN);
            String window = text.substring(from, to);
            String head = from > 0 ? "..." : "";
            text = head + window + (to < text.length() ? "..." : "");
            column = column - from + head.length();
        }
        String number = Integer.toString(line);
        String gutter = " ".repeat(number.length());
        // Marks as wide as the characters on the terminal (a CJK character or an emoji takes two
        // columns), so the caret lands under the spot the column number counts to.
        StringBuilder caretPrefix = new StringBuilder();
        int before = Math.min(column - 1, text.length());
        text.substring(0, before).codePoints().forEach(c -> caretPrefix.append(c == '\t' ? "\t" : " ".repeat(DisplayWidth.of(c))));
        int spanEnd = Math.min(text.length(), before + Math.max(0, onThisLine));
        int carets = Math.max(1, DisplayWidth.of(text.substring(before, Math.max(before, spanEnd))));
        return "error: " + message + "\n" +
                        gutter + "--> " + position(at) + "\n" +
                        gutter + " |\n" +
                        number + " | " + text + "\n" +
                        gutter + " | " + caretPrefix + "^".repeat(carets) + "\n";
    }

    public static String position(SourceSection s) {
        if (s == null) {
            return "unknown";
        }
        return s.getSource().getName() + ":" + s.getStartLine() + ":" + column(s);
    }

    /**
     * The 1-based column in characters (code points), as rustc counts: Truffle's column counts
     * UTF-16 units, one more for every emoji or other character past U+FFFF before it.
     */
    public static int column(SourceSection s) {
        int column = s.getStartColumn();
        Source source = s.getSource();
        if (s.getStartLine() > source.getLineCount()) {
            return column;
        }
        CharSequence line = source.getCharacters(s.getStartLine());
        int units = Math.min(column - 1, line.length());
        return 1 + Character.codePointCount(line, 0, units) + (column - 1 - units);
    }

    /** Where to point for an error: where it was raised, else its innermost asynclang frame. */
    @TruffleBoundary
    public static SourceSection locate(AlException e) {
        if (e.origin() != null) {
            return e.origin();
        }
        SourceSection raised = e.raisedAt();
        if (raised != null) {
            return raised;
        }
        List<Frame> frames = frames(e);
        return frames.isEmpty() ? null : frames.get(0).location();
    }

    /** The asynclang frames an exception passed through, innermost first. */
    @TruffleBoundary
    public static List<Frame> frames(Throwable e) {
        List<Frame> frames = new ArrayList<>();
        if (e instanceof AlException al) {
            frames.addAll(al.earlierFrames());
        }
        frames.addAll(ownFrames(e));
        return frames;
    }

    /** The frames the exception itself unwound through (not those of the awaits before it). */
    @TruffleBoundary
    static List<Frame> ownFrames(Throwable e) {
        List<Frame> frames = new ArrayList<>();
        SourceSection innermostBody = null;
        if (e instanceof AlException al && (al.unwoundFrames() > 0 || al.isRethrown())) {
            for (int i = 0; i < al.unwoundFrames(); i++) {
                BytecodeNode bytecode = al.unwoundNode(i);
                SourceSection location = bytecode.getSourceLocation(al.unwoundIndex(i));
                if (location != null && location.isAvailable()) {
                    RootNode root = (RootNode) bytecode.getBytecodeRootNode();
                    if (frames.isEmpty()) {
                        innermostBody = root.getSourceSection();
                    }
                    frames.add(new Frame(root.getName(), location));
                }
            }
        } else {
            for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(e)) {
                SourceSection location = sourceOf(element);
                if (location != null && location.isAvailable()) {
                    if (frames.isEmpty()) {
                        innermostBody = element.getTarget().getRootNode().getSourceSection();
                    }
                    frames.add(new Frame(nameOf(element), location));
                }
            }
        }
        if (e instanceof AlException al && !frames.isEmpty() && !al.isRethrown()) {
            // This exception's innermost frame is where it was raised, which the operation knows best.
            SourceSection raised = al.raisedAt();
            if (raised != null && outside(raised, innermostBody) && frames.size() > 1) {
                // Raised by a call before the callee's body began (a stack overflow): the caller's frame is innermost.
                frames.remove(0);
            } else if (raised != null) {
                frames.set(0, new Frame(frames.get(0).name(), raised));
            }
        }
        return frames;
    }

    private static boolean outside(SourceSection s, SourceSection body) {
        return body != null && body.isAvailable() && s.getSource().equals(body.getSource()) &&
                        (s.getCharIndex() < body.getCharIndex() || s.getCharEndIndex() > body.getCharEndIndex());
    }

    /** The function's name; a resumed async body runs in a continuation root named after it. */
    private static String nameOf(TruffleStackTraceElement element) {
        if (element.hasBytecodeIndex()) {
            BytecodeNode bytecode = BytecodeNode.get(element);
            if (bytecode != null && bytecode.getBytecodeRootNode() instanceof RootNode root) {
                return root.getName();
            }
        }
        return element.getTarget().getRootNode().getName();
    }

    private static SourceSection sourceOf(TruffleStackTraceElement element) {
        if (element.hasBytecodeIndex()) {
            BytecodeNode bytecode = BytecodeNode.get(element);
            if (bytecode != null) {
                return bytecode.getSourceLocation(element.getBytecodeIndex());
            }
        }
        // A resumed continuation's frames carry no bytecode index (Bytecode DSL 25.0.1): ask the
        // bytecode node where its operation node, or its frame, is.
        Node location = element.getLocation();
        if (location == null) {
            return null;
        }
        int bci = AlException.operationIndex(location);
        if (bci >= 0) {
            return ((BytecodeNode) operationNode(location).getParent()).getSourceLocation(bci);
        }
        return location.getEncapsulatingSourceSection();
    }

    /** The operation node (a direct child of a bytecode node) that {@code node} is in, or null. */
    static Node operationNode(Node node) {
        Node prev = null;
        for (Node current = node; current != null; current = current.getParent()) {
            if (current instanceof BytecodeNode) {
                return prev;
            }
            prev = current;
        }
        return null;
    }
}
