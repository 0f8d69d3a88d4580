package asynclang.language.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An object that says it is asynclang's to hosts and tools: values, scopes, the language's view
 * of primitives. Subclasses export the rest of what they are, their display text included.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class LanguageObject implements TruffleObject {

    /**
     * The language's class, which it sets when it is loaded: values sit below the language
     * in the layers and cannot name it. No such object exists before the language does.
     */
    private static Class<? extends TruffleLanguage<?>> language;

    public static void belongTo(Class<? extends TruffleLanguage<?>> languageClass) {
        language = languageClass;
    }

    @ExportMessage
    public boolean hasLanguage() {
        return language != null;
    }

    @ExportMessage
    public Class<? extends TruffleLanguage<?>> getLanguage() throws UnsupportedMessageException {
        if (language == null) {
            throw UnsupportedMessageException.create();
        }
        return language;
    }

    /** What a host or a debugger shows: the text {@code println} prints (subclasses may refine it). */
    @ExportMessage(name = "toDisplayString")
    @TruffleBoundary
    public Object displayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Formatter.display(this);
    }
}
