package asynclang.language.async;

import java.lang.reflect.Field;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeLocation;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;

/**
 * Works around a Bytecode DSL 25.0.1 behaviour: a continuation root keeps the bytecode node
 * of its yield as it was when the root was built (the uninitialized tier) and is not moved
 * along when the root transitions to the cached tier. Every resume then starts in the old
 * tier and transfers to the interpreter, so a compiled continuation deoptimizes on every
 * resume until Truffle gives up compiling it ("Deopt taken too many times"): async code that
 * suspends would never run compiled. Before resuming, this points the continuation at the
 * root's current bytecode node (once per yield site and tier change).
 * <p>
 * The field is private to the generated code, so this reads it by reflection; a test
 * ({@code ContinuationLocationsTest}) fails if a Truffle upgrade renames it.
 */
public final class ContinuationLocations {

    private ContinuationLocations() {
    }

    /** Whether the workaround finds the field it needs in the continuation roots of class {@code type}. */
    public static boolean isAvailable(Class<? extends ContinuationRootNode> type) {
        return locationField(type) != null;
    }

    public static void ensureCurrent(ContinuationRootNode root) {
        BytecodeLocation location = root.getLocation();
        BytecodeNode current = ((BytecodeRootNode) root.getSourceRootNode()).getBytecodeNode();
        if (location != null && location.getBytecodeNode() != current) {
            update(root, location);
        }
    }

    @TruffleBoundary
    private static void update(ContinuationRootNode root, BytecodeLocation location) {
        Field field = locationField(root.getClass());
        if (field == null) {
            return;
        }
        try {
            field.set(root, location.update());
        } catch (IllegalAccessException e) {
            // Without the update continuations still run correctly, only slower.
        }
    }

    private static final ClassValue<Field> FIELDS = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            try {
                Field f = type.getDeclaredField("location");
                f.setAccessible(true);
                return f.getType() == BytecodeLocation.class ? f : null;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    };

    private static Field locationField(Class<?> type) {
        return FIELDS.get(type);
    }
}
