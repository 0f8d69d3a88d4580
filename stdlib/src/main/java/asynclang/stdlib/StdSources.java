package asynclang.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.oracle.truffle.api.source.Source;

/** The parts of standard modules written in asynclang: resources {@code std/NAME.al}. */
public final class StdSources {

    private StdSources() {
    }

    /** The source of {@code std/NAME.al}, read on first use and then kept. */
    public static Supplier<Source> lazy(String module) {
        return new Supplier<>() {
            private Source source;

            @Override
            public synchronized Source get() {
                if (source == null) {
                    source = load(module);
                }
                return source;
            }
        };
    }

    private static Source load(String module) {
        String resource = "/std/" + module + ".al";
        try (InputStream in = StdSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder("asynclang", text, "std/" + module + ".al").internal(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
