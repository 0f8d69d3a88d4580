package asynclang.language.modules;

import asynclang.language.async.AlFuture;
import asynclang.language.async.Coroutine;
import asynclang.language.values.AlMap;
import asynclang.language.values.FunctionTemplate;
import asynclang.language.values.Nil;
import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * An imported file: compiled with the importer, run once, at its first {@code import}
 * statement, as an await of its top level. Its value is a map of its top-level names.
 */
public final class Module {

    private final String name;
    /** The module's top level; its output is the exports map. */
    FunctionTemplate topLevel;
    private AlMap exports;
    private Coroutine running;

    Module(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** A future of the exports: ready at once after the first load. */
    public Future load() {
        return new Load();
    }

    private final class Load extends AlFuture {
        @Override
        public Object poll(Waker waker) {
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
            exports = (AlMap) r;
            running = null;
            return exports;
        }

        @Override
        public String describe() {
            return "import of " + name;
        }
    }
}
