package asynclang.language.library;

import java.util.Map;
import java.util.function.Function;

import com.oracle.truffle.api.source.Source;

import asynclang.language.AsyncLangContext;

/**
 * A standard module ({@code import std.NAME;}): Java intrinsics, made once per context, and
 * optionally a part written in asynclang, which sees the intrinsics as the global
 * {@code __native} and whose top-level names are the module's.
 *
 * @param natives the intrinsics of a context, by name (functions and constants)
 * @param source the module's asynclang part, or null
 */
public record StdModule(String name, Function<AsyncLangContext, Map<String, Object>> natives, Source source) {
}
