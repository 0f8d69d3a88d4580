package asynclang.language.library;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A field of a library type ({@code task.id}, {@code guard.value}): how to read it and, if writable, write it. */
public record FieldAccessor(Function<Object, Object> getter, BiConsumer<Object, Object> setter) {

    public boolean isWritable() {
        return setter != null;
    }
}
