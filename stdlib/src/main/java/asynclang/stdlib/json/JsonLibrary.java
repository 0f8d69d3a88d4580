package asynclang.stdlib.json;

import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;

/** Registers the standard module {@code std.json}. */
public final class JsonLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.module(JsonModule.create(r));
    }
}
