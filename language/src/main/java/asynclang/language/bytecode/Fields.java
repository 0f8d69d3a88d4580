package asynclang.language.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangLanguage;
import asynclang.language.errors.AlException;
import asynclang.language.library.FieldAccessor;
import asynclang.language.values.AlMap;
import asynclang.language.values.Foreign;
import asynclang.language.values.Indexing;
import asynclang.language.values.Types;

/** {@code v.name}: map entries with string keys, and the fields the library registered for its types. */
final class Fields {

    private Fields() {
    }

    @TruffleBoundary
    static Object read(Object receiver, String field, Node node, int bci) {
        if (receiver instanceof AlMap map) {
            Object v = map.get(field);
            if (v == null) {
                throw Indexing.unknownKey(map, field, node, bci);
            }
            return v;
        }
        FieldAccessor accessor = AsyncLangLanguage.get(node).library().field(receiver.getClass(), field);
        if (accessor != null) {
            return accessor.getter().apply(receiver);
        }
        if (Foreign.is(receiver)) {
            Object v = Foreign.readField(receiver, field);
            if (v != null) {
                return v;
            }
        }
        throw AlException.error("a value of type " + Types.typeName(receiver) + " has no field `" + field + "`", node, bci);
    }

    @TruffleBoundary
    static void write(Object receiver, String field, Object value, Node node, int bci) {
        if (receiver instanceof AlMap map) {
            map.put(field, value);
            return;
        }
        FieldAccessor accessor = AsyncLangLanguage.get(node).library().field(receiver.getClass(), field);
        if (accessor != null && accessor.isWritable()) {
            accessor.setter().accept(receiver, value);
            return;
        }
        if (Foreign.is(receiver) && Foreign.writeField(receiver, field, value)) {
            return;
        }
        throw AlException.error("cannot set field `" + field + "` on a value of type " + Types.typeName(receiver), node, bci);
    }
}
