package asynclang.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.source.Source;

/** The parts of standard modules written in asynclang: resources {@code std/NAME.al}. */
public final class StdSources {

    private StdSources() {
    }

    public static Source load(String module) {
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
