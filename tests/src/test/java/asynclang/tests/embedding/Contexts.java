package asynclang.tests.embedding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;

/** Contexts as an embedder builds them, with output captured. */
final class Contexts {

    private Contexts() {
    }

    static final class Captured {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    static Context.Builder builder(Captured io, String... languages) {
        String[] permitted = languages.length == 0 ? new String[]{"asynclang"} : languages;
        return Context.newBuilder(permitted).out(io.out).err(io.err).option("engine.WarnInterpreterOnly", "false");
    }

    static Context plain(Captured io) {
        return builder(io).build();
    }

    static Context withHostAccess(Captured io, String... languages) {
        return builder(io, languages).allowAllAccess(true).build();
    }
}
