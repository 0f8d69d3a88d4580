package asynclang.language.async;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import asynclang.language.functions.FunctionTemplate;
import asynclang.language.values.AlMap;
import asynclang.language.values.Nil;
import asynclang.runtime.Failure;
import asynclang.runtime.Waker;

/**
 * An imported file: compiled with the importer, run once per context at its first
 * {@code import} statement, as an await of its top level. Its value is the map of its
 * top-level names. What a context has loaded lives in that context, so compiled code can be
 * shared between contexts.
 */
public final class ImportedModule {

    private final String name;
    /** What the context's table of loaded modules knows it by: its file's path, or its name. */
    private final String key;
    /** How errors name it: {@code std.time}, or the file ({@code util.al}). */
    private final String moduleName;
    private final FunctionTemplate topLevel;

    public ImportedModule(String name, String key, String moduleName, FunctionTemplate topLevel) {
        this.name = name;
        this.key = key;
        this.moduleName = moduleName;
        this.topLevel = topLevel;
    }

    public String name() {
        return name;
    }

    /** A future of the exports; {@code loaded} is the context's table of loaded modules. */
    @TruffleBoundary
    public AlFuture load(Map<Object, Object> loaded) {
        return new Load(loaded);
    }

    /** The module top level that {@code f}, if it is an import still loading, is running; else null. */
    public static Coroutine topLevelRunning(Object f) {
        return f instanceof Load load ? load.running : null;
    }

    private final class Load extends AwaitOnceFuture {
        private final Map<Object, Object> loaded;
        private Coroutine running;

        Load(Map<Object, Object> loaded) {
            this.loaded = loaded;
        }

        @Override
        public Object poll(Waker waker) {
            // By its key (the file's path): a later evaluation's import of the same file
            // compiles a new ImportedModule, but the module is loaded once per context.
            Object exports = loaded.get(key);
            if (exports != null) {
                return exports;
            }
            if (running == null) {
                running = new Coroutine(topLevel, new Object[]{Nil.NIL});
            }
            Object r = running.poll(waker);
            if (r == PENDING || r instanceof Failure) {
                if (r instanceof Failure) {
                    running = null;
                }
                return r;
            }
            AlMap module = (AlMap) r;
            module.nameModule(moduleName);
            loaded.put(key, module);
            running = null;
            return r;
        }

        @Override
        public Failure cancel() {
            Failure cleanup = null;
            if (running != null) {
                cleanup = running.cancel();
                running = null;
            }
            return cleanup;
        }

        @Override
        public String describe() {
            return "import of " + name;
        }
    }
}
