package asynclang.language;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.values.LanguageObject;
import asynclang.language.values.AlList;
import asynclang.language.values.Cell;
import asynclang.language.values.HostValues;
import asynclang.language.values.StringAccumulator;

/**
 * The top-level names of a context: what each evaluation of a script leaves for the next, as
 * in a REPL, and what the embedder sees as {@code context.getBindings("asynclang")}.
 * <p>
 * An evaluation's top-level {@code let}s, {@code fn}s and imports stay frame locals while it
 * runs (no cost to the script); when its top level finishes they are exported here. A later
 * evaluation compiles its references to these names as loads from their {@link Slot}. A slot
 * is never replaced, so code can keep it; an export replaces the slot's cell: a captured
 * variable's own cell (its closures and the next evaluations then share it), else a new one,
 * so a redeclaration shadows (the closures of the earlier evaluation keep the old variable).
 */
@ExportLibrary(InteropLibrary.class)
public final class TopScope extends LanguageObject {

    /** One top-level name: its current variable, or null while it has none (removed). */
    public static final class Slot {
        public final String name;
        public volatile Cell cell;

        Slot(String name) {
            this.name = name;
        }
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();

    /** The names defined now, for the resolver of the next evaluation. */
    @TruffleBoundary
    public synchronized java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        slots.forEach((name, slot) -> {
            if (slot.cell != null) {
                names.add(name);
            }
        });
        return names;
    }

    @TruffleBoundary
    public synchronized Slot slot(String name) {
        return slots.computeIfAbsent(name, Slot::new);
    }

    @TruffleBoundary
    public void export(String name, Cell cell) {
        slot(name).cell = cell;
    }

    /** The value of a top-level name, or null if it has none. */
    @TruffleBoundary
    public Object valueOf(String name) {
        Cell cell = cellOf(name);
        return cell == null ? null : StringAccumulator.settled(cell.value);
    }

    private synchronized Cell cellOf(String name) {
        Slot slot = slots.get(name);
        return slot == null ? null : slot.cell;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new AlList(names());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        Cell cell = cellOf(member);
        return cell != null && cell.value != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return cellOf(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return cellOf(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberRemovable(String member) {
        return cellOf(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Cell cell = cellOf(member);
        if (cell == null || cell.value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return StringAccumulator.settled(cell.value);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        Object v = HostValues.fromCaller(value);
        Cell cell = cellOf(member);
        if (cell != null) {
            cell.value = v;
        } else {
            export(member, new Cell(v));
        }
    }

    @ExportMessage
    @TruffleBoundary
    void removeMember(String member) throws UnknownIdentifierException {
        Slot slot;
        synchronized (this) {
            slot = slots.get(member);
        }
        if (slot == null || slot.cell == null) {
            throw UnknownIdentifierException.create(member);
        }
        slot.cell = null;
    }


    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "top-level scope";
    }

    @Override
    public String toString() {
        return "top-level scope";
    }
}
