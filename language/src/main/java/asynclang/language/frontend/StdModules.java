package asynclang.language.frontend;

import java.util.Set;

import com.oracle.truffle.api.source.Source;

/** The standard modules {@code import std.NAME;} can name, as the library registered them. */
public interface StdModules {

    /** The name under which a module's asynclang part sees its Java intrinsics. */
    String NATIVE = "native";

    StdModules NONE = new StdModules() {
        @Override
        public Set<String> names() {
            return Set.of();
        }

        @Override
        public Source source(String name) {
            return null;
        }
    };

    /** Every module's name ({@code fs}, {@code net}, ...). */
    Set<String> names();

    /** The part of module {@code name} written in asynclang, or null if it has none. */
    Source source(String name);
}
