package asynclang.language.library;

/**
 * A part of the standard library. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/asynclang.language.library.Library}) and register their globals,
 * methods, fields and modules once per language instance. This is the only way the library
 * reaches the language: adding a module touches no language code.
 */
public interface Library {

    void register(LibraryRegistry registry);
}
