package asynclang.tests.faults;

import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;

/**
 * For tests only (registered from the test class path): {@code java_fault(message)} throws a
 * Java exception from inside the language, as a bug in a built-in would, so that the tests can
 * check that it fails one task as an internal error instead of escaping as Java text.
 */
public final class FaultLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.function("java_fault", 1, 1, (ctx, args, node) -> {
            throw new IllegalStateException("a bug in a built-in: " + args[0]);
        });
    }
}
