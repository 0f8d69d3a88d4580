package asynclang.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.errors.AlException;
import asynclang.language.values.AlError;
import asynclang.language.values.AlMap;
import asynclang.language.values.AlRange;
import asynclang.language.values.Types;

/** {@code v.name}: map entries with string keys, and the fields of built-in objects. */
public final class Fields {

    /** Objects of the runtime and stdlib with fields of their own (a task's {@code id}, ...). */
    public interface HasFields {
        /** The field's value, or null when there is no such field. */
        Object readField(String name);

        /** Sets the field; false when there is no such writable field. */
        default boolean writeField(String name, Object value) {
            return false;
        }
    }

    private Fields() {
    }

    @TruffleBoundary
    public static Object read(Object receiver, String field, Node node, int bci) {
        if (receiver instanceof AlMap map) {
            Object v = map.get(field);
            if (v == null) {
                throw Indexing.unknownKey(field, node, bci);
            }
            return v;
        } else if (receiver instanceof AlError e && field.equals("message")) {
            return e.message;
        } else if (receiver instanceof AlRange r && (field.equals("start") || field.equals("end"))) {
            return field.equals("start") ? r.start : r.end;
        } else if (receiver instanceof HasFields h) {
            Object v = h.readField(field);
            if (v != null) {
                return v;
            }
        }
        throw AlException.error("a value of type " + Types.typeName(receiver) + " has no field `" + field + "`", node, bci);
    }

    @TruffleBoundary
    public static void write(Object receiver, String field, Object value, Node node, int bci) {
        if (receiver instanceof AlMap map) {
            map.put(field, value);
            return;
        }
        if (receiver instanceof HasFields h && h.writeField(field, value)) {
            return;
        }
        throw AlException.error("cannot set field `" + field + "` on a value of type " + Types.typeName(receiver), node, bci);
    }
}
