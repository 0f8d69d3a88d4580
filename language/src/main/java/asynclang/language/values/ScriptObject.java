package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * What every object value of the language shows a host or a tool besides being asynclang's:
 * its type ({@code typeof}'s name) as its metaobject. Subclasses export the rest of what they
 * are. (Primitive values get the same from the language's view of them.)
 */
@ExportLibrary(InteropLibrary.class)
public abstract class ScriptObject extends LanguageObject {

    @ExportMessage
    public boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    public Object getMetaObject() {
        return TypeObject.of(Types.typeName(this));
    }
}
