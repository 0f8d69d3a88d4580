package asynclang.language.errors;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.values.AlError;
import asynclang.language.values.Formatter;
import asynclang.language.values.HostValues;

/**
 * Every error that unwinds asynclang code: a value thrown with {@code throw}, or an
 * {@link AlError} raised by the runtime. {@code catch e} binds {@link #value()}.
 * <p>
 * The location is the operation that raised it: a node plus, inside bytecode, the bytecode
 * index. Errors raised inside built-ins have no index; their location is the first asynclang
 * frame of the stack trace (the call site of the built-in).
 */
@ExportLibrary(InteropLibrary.class)
public final class AlException extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    final Object value;
    private int bytecodeIndex;
    /** Null until the error is re-raised at an await (also keeps AsyncTrace out of a stack overflow's way). */
    private AsyncTrace earlier;
    /** For an error re-raised at an await: where it was first raised. */
    private SourceSection origin;
    private BytecodeNode bytecode;
    /** Set when the error goes to exactly one awaiter (along a chain), which may take over its trace. */
    private boolean oneAwaiter;

    private AlException(Object value, Node location, int bytecodeIndex) {
        this(value, location, bytecodeIndex, null);
    }

    /** {@code cause}: the Java exception of an internal error (a cause cannot be set later: the super constructor fixes it). */
    private AlException(Object value, Node location, int bytecodeIndex, Throwable cause) {
        super(null, cause, UNLIMITED_STACK_TRACE, location);
        this.value = value;
        this.bytecodeIndex = bytecodeIndex;
    }

    @TruffleBoundary
    public static AlException error(String message, Node location) {
        return new AlException(new AlError(message), location, -1);
    }

    @TruffleBoundary
    public static AlException error(String message, Node location, int bytecodeIndex) {
        return new AlException(new AlError(message), location, bytecodeIndex);
    }

    @TruffleBoundary
    public static AlException thrown(Object value, Node location, int bytecodeIndex) {
        return new AlException(value, location, bytecodeIndex);
    }

    /**
     * {@code throw value} in the catch block that caught {@code caught}: the same value thrown
     * again is reported where it was first raised, with the frames it came through up to the
     * catch, then the frames this throw leaves (the catching frame is not repeated).
     */
    @TruffleBoundary
    public static AlException thrownInCatch(Object value, Object caught, Node location, int bytecodeIndex) {
        AlException e = new AlException(value, location, bytecodeIndex);
        if (caught instanceof AlException c && (c.value == value || value instanceof Number && value.equals(c.value))) {
            e.origin = ErrorReport.locate(c);
            e.earlier = AsyncTrace.extend(c.earlier == null ? AsyncTrace.EMPTY : c.earlier, c, false);
            e.rethrown = true;
        }
        return e;
    }

    /** Thrown again from the catch that caught it: the first frame it leaves is already in {@link #earlier}. */
    private boolean rethrown;

    boolean isRethrown() {
        return rethrown;
    }

    /**
     * The bytecode index of {@code location} when it is an operation's own node (the cached
     * interpreter's); -1 when unknown. Lets operations that cannot bind their bytecode index
     * (the operators, shared node classes) still report the exact spot.
     */
    static int operationIndex(Node location) {
        Node operation = ErrorReport.operationNode(location);
        if (operation == null) {
            return -1;
        }
        // An operation node's index does not depend on the frame, but the API wants one.
        var at = ((BytecodeNode) operation.getParent()).getBytecodeLocation(NO_FRAME, operation);
        return at == null ? -1 : at.getBytecodeIndex();
    }

    private static final com.oracle.truffle.api.frame.Frame NO_FRAME = com.oracle.truffle.api.Truffle.getRuntime().createMaterializedFrame(new Object[0]);

    /**
     * An error that ended an awaited future, raised again at the {@code .await} in the awaiter;
     * the report keeps where it started and every frame of the async chain.
     */
    @TruffleBoundary
    public static AlException propagated(AlException cause, Node location, int bytecodeIndex) {
        // Raised at an await, whose position (node, index) is exact; the frames of the chain
        // below travel in the AsyncTrace, extended in place, so a million awaits stay cheap.
        AlException e = new AlException(cause.value, location, bytecodeIndex);
        e.origin = ErrorReport.locate(cause);
        e.earlier = AsyncTrace.extend(cause.earlier == null ? AsyncTrace.EMPTY : cause.earlier, cause, cause.oneAwaiter);
        return e;
    }

    /**
     * Marks this error as going to one awaiter only (the next body up a chain of awaits): its
     * trace is then extended in place at that await instead of copied, so an error rising
     * through a million awaits costs a million small steps, not a million copies.
     */
    public AlException toOneAwaiter() {
        oneAwaiter = true;
        return this;
    }

    /** The frames of the awaited functions it went through, innermost first. */
    List<ErrorReport.Frame> earlierFrames() {
        return earlier == null ? List.of() : earlier.frames();
    }

    public SourceSection origin() {
        return origin;
    }

    /**
     * An error found by the interpreter loop itself (a stack overflow): the bytecode node is not
     * an operation node, so it is kept beside the exception rather than as its location.
     */
    @TruffleBoundary
    public static AlException inBytecode(String message, BytecodeNode bytecode, int bytecodeIndex) {
        AlException e = new AlException(new AlError(message), null, bytecodeIndex);
        e.bytecode = bytecode;
        return e;
    }

    /**
     * The bytecode frames this error unwound through, innermost first, each at the position it
     * was at when the error reached it. Recording them as it goes costs one entry per frame
     * left; walking the host stack when the error is raised (Truffle's eager trace) cost the
     * whole depth at every raise, and would see a caller's position move once a
     * {@code finally} in it had run.
     */
    private BytecodeNode[] unwoundNodes;
    private int[] unwoundIndices;
    private int unwoundCount;
    /** The frame last recorded: a frame's own handlers (finally, catch) see the error again. */
    private MaterializedFrame lastFrame;

    /**
     * Called by each bytecode frame the error unwinds through: the first one, the innermost, is
     * where an operation without its own index raised it (an operator in the uncached
     * interpreter, whose operations share one node).
     */
    public void unwindingThrough(BytecodeNode b, int bci, VirtualFrame frame) {
        if (bytecodeIndex < 0 && bytecode == null) {
            locateAt(b, bci);
        }
        record(b, bci, frame.materialize());
    }

    @TruffleBoundary
    private void record(BytecodeNode b, int bci, MaterializedFrame frame) {
        if (frame == lastFrame) {
            return;
        }
        if (rethrown && lastFrame == null) {
            lastFrame = frame;
            return;
        }
        if (lastFrame != null && isOnStackReplacedBy(frame, lastFrame)) {
            // The same call. Remember the replaced frame: a loop compiled again after a deopt in
            // the first compiled one replaced that frame in turn, and the frame it replaced is next.
            lastFrame = frame;
            return;
        }
        lastFrame = frame;
        if (unwoundNodes == null) {
            unwoundNodes = new BytecodeNode[8];
            unwoundIndices = new int[8];
        } else if (unwoundCount == unwoundNodes.length) {
            unwoundNodes = java.util.Arrays.copyOf(unwoundNodes, unwoundCount * 2);
            unwoundIndices = java.util.Arrays.copyOf(unwoundIndices, unwoundCount * 2);
        }
        unwoundNodes[unwoundCount] = b;
        unwoundIndices[unwoundCount] = bci;
        unwoundCount++;
    }

    /**
     * Whether {@code osr} is the frame of an on-stack-replaced loop of {@code frame}'s body: the
     * compiled loop (and the rest of the body, once in it) runs in a frame of its own whose
     * last argument is the interpreter's frame it replaced. The error leaves both, and both
     * are one call.
     */
    private static boolean isOnStackReplacedBy(MaterializedFrame frame, MaterializedFrame osr) {
        Object[] args = osr.getArguments();
        return args.length > 0 && args[args.length - 1] == frame;
    }

    /** How many frames were recorded while unwinding; 0 if it unwound no bytecode frame. */
    int unwoundFrames() {
        return unwoundCount;
    }

    BytecodeNode unwoundNode(int i) {
        return unwoundNodes[i];
    }

    int unwoundIndex(int i) {
        return unwoundIndices[i];
    }

    @TruffleBoundary
    private void locateAt(BytecodeNode b, int bci) {
        if (operationIndex(getLocation()) < 0) {
            bytecode = b;
            bytecodeIndex = bci;
        }
    }

    /** What an internal error says; the Java details are shown only when debugging. */
    public static final String INTERNAL_ERROR = "internal error: asynclang failed here (a bug in asynclang, not in the script; ASYNCLANG_DEBUG=1 shows the Java details)";

    /**
     * A Java exception that escaped the language's own code (a bug): it becomes an ordinary
     * error at the asynclang location where it happened, so it fails one task instead of the
     * executor. The Java exception is kept as the cause, for debugging.
     */
    @TruffleBoundary
    public static AlException internal(Throwable cause, BytecodeNode bytecode, int bytecodeIndex) {
        showJavaDetails(cause);
        AlException e = new AlException(new AlError(INTERNAL_ERROR), null, bytecodeIndex, cause);
        e.bytecode = bytecode;
        return e;
    }

    /** The same, where no bytecode location is known (the innermost asynclang frame is used). */
    @TruffleBoundary
    public static AlException internal(Throwable cause, Node location) {
        showJavaDetails(cause);
        return new AlException(new AlError(INTERNAL_ERROR), location, -1, cause);
    }

    /**
     * An exception of the host or another language (a Java callback that threw) that left an
     * async body resumed by the executor: the catchable Error a {@code catch} makes of it
     * ({@link HostValues#errorFor}), raised where it happened, so that it fails its task and
     * reaches the awaiter instead of escaping the executor into whatever evaluation is running.
     * Null for what must go on up: a host's interrupt and a context's exit, and a host
     * exception whose cause is a Java {@code Error} (the heap or stack ran out, the compiler
     * failed to start on a full heap): the embedder or the launcher reports those.
     */
    @TruffleBoundary
    public static AlException ofForeign(AbstractTruffleException e) {
        if (hostOriginal.apply(e) instanceof Error) {
            return null;
        }
        try {
            ExceptionType type = InteropLibrary.getUncached().getExceptionType(e);
            if (type == ExceptionType.INTERRUPT || type == ExceptionType.EXIT) {
                return null;
            }
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException ignored) {
            // Not an exception interop knows: an error like any other.
        }
        return new AlException(HostValues.errorFor(e), e.getLocation(), -1, e);
    }

    /** The Java exception behind a host exception, or null: the language knows how to ask (it has the Env). */
    private static java.util.function.Function<Throwable, Throwable> hostOriginal = t -> null;

    public static void findHostOriginal(java.util.function.Function<Throwable, Throwable> finder) {
        hostOriginal = finder;
    }

    /** The Java exception behind a host exception, or null. */
    public static Throwable hostOriginal(Throwable t) {
        return hostOriginal.apply(t);
    }

    /** What {@link #INTERNAL_ERROR} promises: with ASYNCLANG_DEBUG set, the Java exception on stderr. */
    private static void showJavaDetails(Throwable cause) {
        if (System.getenv("ASYNCLANG_DEBUG") != null) {
            cause.printStackTrace();
        }
    }

    /** The thrown value; an {@link AlError} for errors the runtime raised. */
    public Object value() {
        return value;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return Formatter.display(value);
    }

    /** Where the error was raised, when the raising operation knows it; else null. */
    @TruffleBoundary
    public SourceSection raisedAt() {
        Node location = getLocation();
        int bci = bytecodeIndex >= 0 ? bytecodeIndex : operationIndex(location);
        if (bci < 0 || (location == null && bytecode == null)) {
            return null;
        }
        BytecodeNode b = bytecode != null ? bytecode : BytecodeNode.get(location);
        return b == null ? null : b.getSourceLocation(bci);
    }

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw this;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    Object getExceptionMessage() {
        return getMessage();
    }

    // To the host and other languages the error reads as what was thrown: its members (an
    // Error's `message`, a map's keys: JavaScript's `catch (e) { e.code }`), and its message
    // as its display string, never the Java class.

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.ArrayList<Object> names = new java.util.ArrayList<>();
        InteropLibrary interop = InteropLibrary.getUncached(value);
        try {
            if (interop.hasMembers(value)) {
                Object members = interop.getMembers(value);
                InteropLibrary array = InteropLibrary.getUncached(members);
                for (long i = 0; i < array.getArraySize(members); i++) {
                    names.add(array.readArrayElement(members, i));
                }
            }
        } catch (com.oracle.truffle.api.interop.InteropException e) {
            // only "message", then
        }
        if (!names.contains("message")) {
            names.add("message");
        }
        return new asynclang.language.values.AlList(names);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return "message".equals(member) || InteropLibrary.getUncached(value).isMemberReadable(value, member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws com.oracle.truffle.api.interop.UnknownIdentifierException, com.oracle.truffle.api.interop.UnsupportedMessageException {
        InteropLibrary interop = InteropLibrary.getUncached(value);
        if (interop.isMemberReadable(value, member)) {
            return interop.readMember(value, member);
        }
        if ("message".equals(member)) {
            return getMessage();
        }
        throw com.oracle.truffle.api.interop.UnknownIdentifierException.create(member);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return getMessage();
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return ErrorReport.locate(this) != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection sourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        SourceSection s = ErrorReport.locate(this);
        if (s == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return s;
    }
}
