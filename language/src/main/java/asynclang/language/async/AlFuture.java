package asynclang.language.async;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.values.ScriptObject;
import asynclang.language.values.AlList;
import asynclang.language.values.Types;
import asynclang.runtime.Future;
import asynclang.runtime.Task;

/**
 * A Future value of the language. Awaiting consumes it: a second {@code .await} is an error,
 * as moving a future into {@code .await} is in Rust.
 * <p>
 * To other languages and the host a future has two members: {@code get([timeoutMillis])},
 * which drives the context's executor until it is done and returns its output (or throws its
 * error), and {@code then(onOk, onErr)}, so that JavaScript's {@code await} and promises take
 * it as a thenable.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class AlFuture extends ScriptObject implements Future, Types.Named {

    static final String GET = "get";
    static final String THEN = "then";

    /** What the host-facing members need from the engine (which sits above this package). */
    public interface Host {
        /** {@code future.get([timeoutMillis])}. */
        Object get(AlFuture future, Object[] arguments);

        /** {@code future.then(onOk[, onErr])}. */
        Object then(AlFuture future, Object[] arguments);

        /** A host or foreign value {@code .await} accepts (a CompletionStage, a thenable), as a future; else null. */
        Future adapt(Object value);
    }

    private static volatile Host host;

    /** Called once by the engine. */
    public static void connect(Host h) {
        host = h;
    }

    public static Host host() {
        return host;
    }

    /**
     * Marks the future as taken by an await (or a combinator); false if it already was and
     * cannot be taken twice (see {@link AwaitOnceFuture}).
     */
    public abstract boolean consume();

    /** Whether an await (or a combinator) took it and no other may. */
    public abstract boolean isConsumed();

    @Override
    public String typeName() {
        return "future";
    }

    @Override
    public String toString() {
        return "<future " + describe() + ">";
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return AlList.of(GET, THEN);
    }

    @ExportMessage(name = "isMemberReadable")
    @ExportMessage(name = "isMemberInvocable")
    static boolean isMember(@SuppressWarnings("unused") AlFuture receiver, String member) {
        return GET.equals(member) || THEN.equals(member);
    }

    /** {@code future.then} read as a value, as JavaScript reads it before calling it. */
    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!isMember(this, member)) {
            throw UnknownIdentifierException.create(member);
        }
        return new BoundMember(this, member);
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        return switch (member) {
            case GET -> host.get(this, arguments);
            case THEN -> host.then(this, arguments);
            default -> throw UnknownIdentifierException.create(member);
        };
    }
}
