package asynclang.language.frontend;

/** What an {@code import} statement binds: another file of the program, or a standard module. */
public sealed interface ImportTarget {

    /** {@code import "./util.al" as util;}: the file, compiled with the program. */
    record File(SourceUnit unit) implements ImportTarget {
    }

    /**
     * {@code import std.fs;}: a module of the standard library, and its asynclang part if it
     * has one (compiled with the program, like a file).
     */
    record Std(String name, SourceUnit unit) implements ImportTarget {
    }
}
