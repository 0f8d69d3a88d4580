package asynclang.language.library;

import java.util.Map;
import java.util.function.Supplier;

import com.oracle.truffle.api.source.Source;

/**
 * A standard module ({@code import std.NAME;}): Java intrinsics (functions made with
 * {@link LibraryRegistry#functionValue}, constants), and optionally a part written in asynclang,
 * which sees the intrinsics as {@code native} and whose top-level names are then the module's.
 * Without such a part, the intrinsics are the module.
 *
 * @param natives the intrinsics, by name
 * @param source the module's asynclang part, or null; asked for only when a script imports
 *            the module (reading it at start-up cost every script a resource lookup)
 */
public record StdModule(String name, Map<String, Object> natives, Supplier<Source> source) {
}
