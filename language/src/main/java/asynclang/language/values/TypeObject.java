package asynclang.language.values;

import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A type as a metaobject for hosts and tools ({@code value.getMetaObject()}): named as
 * {@code typeof} names it ({@code int}, {@code list}, {@code future}), and asynclang's. One
 * per name.
 */
@ExportLibrary(InteropLibrary.class)
public final class TypeObject extends LanguageObject {

    private static final ConcurrentHashMap<String, TypeObject> BY_NAME = new ConcurrentHashMap<>();

    private final String name;

    private TypeObject(String name) {
        this.name = name;
    }

    public static TypeObject of(String name) {
        return BY_NAME.computeIfAbsent(name, TypeObject::new);
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage(name = "getMetaQualifiedName")
    @ExportMessage(name = "getMetaSimpleName")
    Object name() {
        return name;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        Object v = HostValues.fromHost(instance);
        return HostValues.isAsynclangValue(v) && Types.typeName(v).equals(name);
    }
}
