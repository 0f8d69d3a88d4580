package asynclang.language.values;

import java.util.LinkedHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import asynclang.language.errors.AlException;

/**
 * An insertion-ordered map. Keys are compared by value: Int and Float keys that are numerically
 * equal are the same key, as {@code 1 == 1.0}. Shows to Java embedders as a hash and, for its
 * string keys, as an object with members.
 */
@ExportLibrary(InteropLibrary.class)
public final class AlMap extends ScriptObject {

    /**
     * Values by key. A module's exports keep each variable its functions assign as the
     * variable's {@link Cell}, so {@code util.count} reads what the variable holds now (a live
     * binding, as JavaScript's and Python's modules have); read values through {@link #value}.
     */
    public final LinkedHashMap<Object, Object> entries = new LinkedHashMap<>();
    /**
     * Set on the map an import binds (its exports): errors then name the module, not "a map".
     * Free in memory: with compact headers the object is padded to 16 bytes anyway.
     */
    private String module;

    /**
     * The form a value takes as a key. Only immutable values can be keys; a Float with an
     * integral value becomes the equal Int so both spellings find the same entry.
     */
    @TruffleBoundary
    public static Object key(Object k) {
        if (k instanceof String || k instanceof Long || k instanceof Boolean || k == Nil.NIL || k instanceof BigInt || k instanceof AlDuration) {
            return k;
        }
        if (k instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && v >= -0x1p63 && v < 0x1p63) {
                return (long) v;
            }
            if (v == Math.rint(v) && !Double.isInfinite(v)) {
                // 1e20 is the Int 100000000000000000000 as a key, since the two are ==.
                return BigInt.normalize(new java.math.BigDecimal(v).toBigInteger());
            }
            return d;
        }
        if (k instanceof AlRange) {
            return k;
        }
        throw AlException.error("a " + Types.typeName(k) + " cannot be a map key", null);
    }

    /** Marks this map as the exports of module {@code name} (see {@link #module}). */
    public void nameModule(String name) {
        module = name;
    }

    /** The module whose exports this map is, or null for an ordinary map. */
    public String module() {
        return module;
    }

    /** The value an entry of {@link #entries} stands for. */
    public static Object value(Object stored) {
        return stored instanceof Cell c ? c.value : stored;
    }

    /** The values, in order. */
    @TruffleBoundary
    public java.util.List<Object> values() {
        java.util.List<Object> values = new java.util.ArrayList<>(entries.size());
        for (Object v : entries.values()) {
            values.add(value(v));
        }
        return values;
    }

    @TruffleBoundary
    public Object get(Object k) {
        return value(entries.get(key(k)));
    }

    /** Sets an entry; a module's live variable is assigned, as the module's own code would. */
    @TruffleBoundary
    public void put(Object k, Object v) {
        Object key = key(k);
        if (entries.put(key, v) instanceof Cell c) {
            c.value = v;
            entries.put(key, c);
        }
    }

    @TruffleBoundary
    public boolean has(Object k) {
        return entries.containsKey(key(k));
    }

    @TruffleBoundary
    public Object remove(Object k) {
        return value(entries.remove(key(k)));
    }

    @TruffleBoundary
    public int size() {
        return entries.size();
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return size();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    boolean isHashEntryExisting(Object k) {
        Object key = hostKey(k);
        return key != null && has(key);
    }

    /** A key from another language as an asynclang key (a JavaScript string, a Java Integer); null if it cannot be one. */
    @TruffleBoundary
    private static Object hostKey(Object k) {
        Object v = HostValues.fromCaller(k);
        return HostValues.isAsynclangValue(v) && !(v instanceof AlList) && !(v instanceof AlMap) && !(v instanceof AlError) && !(v instanceof Types.Named) ? v : null;
    }

    @ExportMessage
    boolean isHashEntryInsertable(Object k) {
        Object key = hostKey(k);
        return key != null && !has(key);
    }

    @ExportMessage
    Object readHashValue(Object k) throws UnknownKeyException {
        Object key = hostKey(k);
        Object v = key == null ? null : get(key);
        if (v == null) {
            throw UnknownKeyException.create(k);
        }
        return v;
    }

    @ExportMessage
    void writeHashEntry(Object k, Object v) throws UnsupportedTypeException {
        Object key = hostKey(k);
        if (key == null) {
            throw UnsupportedTypeException.create(new Object[]{k}, "a " + Types.typeName(HostValues.fromHost(k)) + " cannot be a map key");
        }
        put(key, HostValues.fromCaller(v));
    }

    @ExportMessage
    void removeHashEntry(Object k) throws UnknownKeyException {
        Object key = hostKey(k);
        if (key == null || remove(key) == null) {
            throw UnknownKeyException.create(k);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        AlList pairs = new AlList();
        entries.forEach((k, v) -> pairs.add(AlList.of(k, value(v))));
        return new InteropIterator(pairs);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        AlList names = new AlList();
        for (Object k : entries.keySet()) {
            if (k instanceof String s) {
                names.add(s);
            }
        }
        return names;
    }

    @ExportMessage(name = "isMemberReadable")
    @ExportMessage(name = "isMemberModifiable")
    @ExportMessage(name = "isMemberRemovable")
    boolean isMemberExisting(String member) {
        return has(member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !has(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = get(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return v;
    }

    /** A function held under a string key can be called as a method: {@code map.invokeMember("f", 1)}. */
    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        Object v = get(member);
        return v != null && InteropLibrary.getUncached().isExecutable(v);
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException, ArityException, UnsupportedTypeException {
        Object v = get(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return InteropLibrary.getUncached().execute(v, arguments);
    }

    @ExportMessage
    void writeMember(String member, Object value) {
        put(member, HostValues.fromCaller(value));
    }

    @ExportMessage
    void removeMember(String member) throws UnknownIdentifierException {
        if (remove(member) == null) {
            throw UnknownIdentifierException.create(member);
        }
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Formatter.display(this);
    }
}
