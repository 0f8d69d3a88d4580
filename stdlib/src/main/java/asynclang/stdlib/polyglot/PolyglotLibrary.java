package asynclang.stdlib.polyglot;

import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.values.HostValues;
import asynclang.language.values.Nil;
import asynclang.stdlib.Args;

/**
 * {@code import_value(name)} and {@code export_value(name, value)}: the polyglot bindings that
 * every language of a context shares ({@code Context.getPolyglotBindings()}), as other Truffle
 * languages name them (GraalJS's {@code Polyglot.import}/{@code export}, SimpleLanguage's builtins).
 */
public final class PolyglotLibrary implements Library {

    /** The embedder's Context was built without {@code allowPolyglotAccess}. */
    static final String DENIED = "polyglot access is not allowed";

    @Override
    public void register(LibraryRegistry r) {
        r.function("import_value", 1, 1, (ctx, args, node) -> {
            String name = Args.string("import_value", args[0], node);
            Object v;
            try {
                v = ctx.env().importSymbol(name);
            } catch (SecurityException e) {
                throw Args.error(DENIED, node);
            } catch (NullPointerException e) {
                // Truffle 25.0.1 before anything was exported or the host asked for the polyglot
                // bindings: there are none yet, so the name is not there.
                v = null;
            }
            return v == null ? Nil.NIL : HostValues.fromHost(v);
        });
        r.function("export_value", 2, 2, (ctx, args, node) -> {
            String name = Args.string("export_value", args[0], node);
            try {
                ctx.env().exportSymbol(name, args[1]);
            } catch (SecurityException e) {
                throw Args.error(DENIED, node);
            }
            return Nil.NIL;
        });
    }
}
