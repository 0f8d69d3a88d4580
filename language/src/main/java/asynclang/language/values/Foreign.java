package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;

/**
 * The language's operations on values of the host and of other languages, through Truffle's
 * interop protocol: indexing, {@code len}, {@code for}, fields and methods. Arrays and lists
 * index like lists; hash maps (a JavaScript Map, a Java Map with map access) and objects with
 * members read like maps. What comes back is made an asynclang value
 * ({@link HostValues#fromHost}): numbers keep their kind, strings become strings.
 */
public final class Foreign {

    private Foreign() {
    }

    /** Neither an asynclang value nor a Java value the border converts: something interop must handle. */
    public static boolean is(Object v) {
        return v instanceof TruffleObject && !HostValues.isAsynclangValue(v);
    }

    private static InteropLibrary interop(Object v) {
        return InteropLibrary.getUncached(v);
    }

    /** A result read from or returned by {@code source}: Java's numbers keep their Java kind, other languages' integral numbers are Ints. */
    public static Object valueFrom(Object source, Object result) {
        return isHostObject(source) ? HostValues.fromHost(result) : HostValues.fromLanguage(result);
    }

    @TruffleBoundary
    public static boolean isHostObject(Object v) {
        InteropLibrary interop = interop(v);
        try {
            return interop.hasLanguage(v) && interop.getLanguage(v).getSimpleName().equals("HostLanguage");
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }

    /** {@code v[index]}, or null if {@code v} has neither array elements nor hash entries. */
    @TruffleBoundary
    public static Object readIndex(Object v, Object index, Node node, int bci) {
        InteropLibrary interop = interop(v);
        try {
            if (interop.hasArrayElements(v)) {
                long size = interop.getArraySize(v);
                if (!(index instanceof Long i)) {
                    throw AlException.error("index must be an int, got " + Types.typeName(index), node, bci);
                }
                if (i < 0 || i >= size) {
                    throw outOfRange(i, size, node, bci);
                }
                return valueFrom(v, interop.readArrayElement(v, i));
            }
            if (interop.hasHashEntries(v)) {
                if (!interop.isHashEntryReadable(v, index)) {
                    throw Indexing.unknownKey(index, node, bci);
                }
                return valueFrom(v, interop.readHashValue(v, index));
            }
            if (index instanceof String member && interop.isMemberReadable(v, member)) {
                return valueFrom(v, interop.readMember(v, member));
            }
            if (index instanceof String && isObjectWithKeys(v)) {
                // A foreign object read like a map: a missing key is the map's error.
                throw Indexing.unknownKey(index, node, bci);
            }
        } catch (InvalidArrayIndexException | UnknownKeyException | UnknownIdentifierException e) {
            throw Indexing.unknownKey(index, node, bci);
        } catch (UnsupportedMessageException e) {
            throw AlException.error("cannot index a value of type " + Types.typeName(v), node, bci);
        }
        return null;
    }

    /** An index past a foreign array, in the words a List's would get (its size may pass an int). */
    private static AlException outOfRange(long index, long size, Node node, int bci) {
        return AlException.error("index " + index + " out of range for length " + size, node, bci);
    }

    /** {@code v[index] = value}; false if {@code v} has neither array elements nor hash entries. */
    @TruffleBoundary
    public static boolean writeIndex(Object v, Object index, Object value, Node node, int bci) {
        InteropLibrary interop = interop(v);
        try {
            if (interop.hasArrayElements(v) && index instanceof Long i) {
                long size = interop.getArraySize(v);
                if (i < 0 || i >= size) {
                    throw outOfRange(i, size, node, bci);
                }
                interop.writeArrayElement(v, i, value);
                return true;
            }
            if (interop.hasHashEntries(v)) {
                interop.writeHashEntry(v, index, value);
                return true;
            }
            if (index instanceof String member && interop.isMemberWritable(v, member)) {
                interop.writeMember(v, member, value);
                return true;
            }
        } catch (InteropException e) {
            throw AlException.error("cannot assign to index " + Formatter.repr(index) + " of a value of type " + Types.typeName(v) + ": " + explain(e), node, bci);
        }
        return false;
    }

    /** {@code v.name}: a member, else a hash entry with that key; null if there is neither. */
    @TruffleBoundary
    public static Object readField(Object v, String name) {
        InteropLibrary interop = interop(v);
        try {
            if (interop.isMemberReadable(v, name)) {
                return valueFrom(v, interop.readMember(v, name));
            }
            if (interop.hasHashEntries(v) && interop.isHashEntryReadable(v, name)) {
                return valueFrom(v, interop.readHashValue(v, name));
            }
        } catch (InteropException e) {
            return null;
        }
        return null;
    }

    @TruffleBoundary
    public static boolean writeField(Object v, String name, Object value) {
        InteropLibrary interop = interop(v);
        try {
            if (interop.isMemberModifiable(v, name) || interop.isMemberInsertable(v, name)) {
                interop.writeMember(v, name, value);
                return true;
            }
            if (interop.hasHashEntries(v)) {
                interop.writeHashEntry(v, name, value);
                return true;
            }
        } catch (InteropException e) {
            return false;
        }
        return false;
    }

    /** {@code v.name(args)}: an invocable member; null if {@code v} has no such member. */
    @TruffleBoundary
    public static Object invoke(Object v, String name, Object[] args, Node node, int bci) {
        InteropLibrary interop = interop(v);
        if (!interop.isMemberInvocable(v, name)) {
            return null;
        }
        try {
            return valueFrom(v, interop.invokeMember(v, name, isHostObject(v) ? HostValues.argumentsForJava(args) : args));
        } catch (InteropException e) {
            throw AlException.error("calling `" + name + "` failed: " + explain(e), node, bci);
        }
    }

    /**
     * Why another language refused an operation, in asynclang's words: interop's own messages
     * name Java types and classes ("Cannot convert 'a'(language: Java, type: java.lang.String)
     * to Java type 'int'"), which are not for a script's user.
     */
    @TruffleBoundary
    public static String explain(InteropException e) {
        if (e instanceof UnsupportedTypeException t) {
            StringBuilder got = new StringBuilder();
            for (Object supplied : t.getSuppliedValues()) {
                got.append(got.isEmpty() ? "" : ", ").append(Types.typeName(HostValues.fromHost(supplied)));
            }
            return "the arguments do not fit its parameters (got " + (got.isEmpty() ? "none" : got) + ")";
        } else if (e instanceof ArityException a) {
            int min = a.getExpectedMinArity();
            int max = a.getExpectedMaxArity();
            String expected = min == max ? String.valueOf(min) : max < 0 ? "at least " + min : min + " to " + max;
            return "it expects " + expected + " arguments, got " + a.getActualArity();
        } else if (e instanceof UnknownIdentifierException u) {
            return "no member `" + u.getUnknownIdentifier() + "`";
        } else if (e instanceof InvalidArrayIndexException i) {
            return "index " + i.getInvalidIndex() + " out of range";
        } else if (e instanceof UnknownKeyException k) {
            return "unknown key " + Formatter.repr(HostValues.fromHost(k.getUnknownKey()));
        }
        return "not supported";
    }

    /** {@code len(v)}: array size, hash size, or string length; null if none applies. */
    @TruffleBoundary
    public static Object length(Object v) {
        InteropLibrary interop = interop(v);
        try {
            if (interop.hasArrayElements(v)) {
                return interop.getArraySize(v);
            }
            if (interop.hasHashEntries(v)) {
                return interop.getHashSize(v);
            }
            if (interop.isString(v)) {
                String s = interop.asString(v);
                return (long) s.codePointCount(0, s.length());
            }
            if (isObjectWithKeys(v)) {
                Object keys = interop.getMembers(v);
                return interop(keys).getArraySize(keys);
            }
        } catch (UnsupportedMessageException e) {
            return null;
        }
        return null;
    }

    /**
     * Another language's plain object (a JavaScript {@code {a: 1}}), which reads like a Map
     * (LANGUAGE.md 8): its keys are its members. Not a Java object, whose members are its
     * methods, nor a function or an array.
     */
    @TruffleBoundary
    static boolean isObjectWithKeys(Object v) {
        InteropLibrary interop = interop(v);
        return interop.hasMembers(v) && !interop.hasArrayElements(v) && !interop.hasHashEntries(v) && !interop.isExecutable(v)
                        && !interop.isInstantiable(v) && !interop.isException(v) && !isHostObject(v);
    }

    /** {@code for x in v}: an interop iterator, or the elements of an array; null if neither. */
    @TruffleBoundary
    public static AlIterator iterator(Object v) {
        InteropLibrary interop = interop(v);
        try {
            if (interop.hasArrayElements(v)) {
                return new AlIterator.OfForeignArray(v, interop.getArraySize(v));
            }
            if (interop.hasHashEntries(v)) {
                // A map (Java's, JavaScript's Map): its keys, as `for k in m` goes over an asynclang map.
                return new AlIterator.OfForeignIterator(interop.getHashKeysIterator(v));
            }
            if (interop.hasIterator(v)) {
                return new AlIterator.OfForeignIterator(interop.getIterator(v));
            }
            if (isObjectWithKeys(v)) {
                Object keys = interop.getMembers(v);
                return new AlIterator.OfForeignArray(keys, interop(keys).getArraySize(keys));
            }
        } catch (UnsupportedMessageException e) {
            return null;
        }
        return null;
    }

    /**
     * The type name {@code typeof} gives: {@code host object} for Java objects, else
     * {@code foreign object}.
     */
    @TruffleBoundary
    public static String typeName(Object v) {
        return isHostObject(v) ? "host object" : "foreign object";
    }

    /**
     * The string form: arrays and lists of other languages as asynclang shows its own, anything
     * else as its language shows it (a Java object by its {@code toString()}).
     */
    @TruffleBoundary
    public static String display(Object v) {
        InteropLibrary interop = interop(v);
        if (interop.hasArrayElements(v)) {
            AlList elements = new AlList();
            for (AlIterator it = iterator(v); it != null && it.hasNext();) {
                elements.add(it.next());
            }
            return Formatter.repr(elements);
        }
        String shown = HostValues.describe(v);
        // Java objects display as JavaObject[text (class)]: keep the object's own text.
        if (shown.startsWith("JavaObject[") && shown.endsWith(")]")) {
            int open = shown.lastIndexOf(" (");
            if (open > "JavaObject[".length()) {
                return shown.substring("JavaObject[".length(), open);
            }
        }
        return shown;
    }
}
