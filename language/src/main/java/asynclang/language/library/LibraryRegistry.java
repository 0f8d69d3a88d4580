package asynclang.language.library;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

import asynclang.language.frontend.StdModules;
import asynclang.language.functions.AlFunction;
import asynclang.language.functions.FunctionTemplate;

/**
 * Everything the {@link Library libraries} registered: global functions and values, methods
 * and fields per receiver type, and standard modules. Built-ins are function values like any
 * other, each with its own call target, so a call site can call (and inline) them directly.
 * <p>
 * Methods and fields are looked up by the receiver's class, then its superclasses and
 * interfaces, so a method registered for a base type serves every subtype.
 */
public final class LibraryRegistry implements StdModules {

    private final TruffleLanguage<?> language;
    private final Map<String, Object> globals = new LinkedHashMap<>();
    private final Map<Class<?>, Map<String, AlFunction>> methods = new HashMap<>();
    private final Map<Class<?>, Map<String, FieldAccessor>> fields = new HashMap<>();
    private final Map<String, StdModule> modules = new LinkedHashMap<>();
    private final Map<Class<?>, Map<String, AlFunction>> methodCache = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, FieldAccessor>> fieldCache = new ConcurrentHashMap<>();

    private LibraryRegistry(TruffleLanguage<?> language) {
        this.language = language;
    }

    /** Asks every library on the class path to register itself. */
    public static LibraryRegistry load(TruffleLanguage<?> language) {
        LibraryRegistry registry = new LibraryRegistry(language);
        for (Library library : ServiceLoader.load(Library.class, LibraryRegistry.class.getClassLoader())) {
            library.register(registry);
        }
        return registry;
    }

    // ---- registration ----------------------------------------------------------------------

    /** A global function taking {@code minArity} to {@code maxArity} (-1: any number) arguments. */
    public void function(String name, int minArity, int maxArity, Builtin body) {
        globals.put(name, builtin(name, minArity, maxArity, body, false));
    }

    /** A global that is not a function ({@code Pending}). */
    public void value(String name, Object value) {
        globals.put(name, value);
    }

    /** A method of {@code type}; {@code body} gets the receiver as {@code args[0]}; arity counts the rest. */
    public void method(Class<?> type, String name, int minArity, int maxArity, Builtin body) {
        methods.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(name, builtin(name, minArity, maxArity, body, true));
    }

    @SuppressWarnings("unchecked")
    public <T> void field(Class<T> type, String name, java.util.function.Function<T, Object> getter) {
        fields.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(name, new FieldAccessor(o -> getter.apply((T) o), null));
    }

    @SuppressWarnings("unchecked")
    public <T> void field(Class<T> type, String name, java.util.function.Function<T, Object> getter, java.util.function.BiConsumer<T, Object> setter) {
        fields.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(name, new FieldAccessor(o -> getter.apply((T) o), (o, v) -> setter.accept((T) o, v)));
    }

    public void module(StdModule module) {
        modules.put(module.name(), module);
    }

    /** A function value for a module's intrinsics (not a global). */
    public AlFunction functionValue(String name, int minArity, int maxArity, Builtin body) {
        return builtin(name, minArity, maxArity, body, false);
    }

    private AlFunction builtin(String name, int minArity, int maxArity, Builtin body, boolean isMethod) {
        BuiltinRootNode root = new BuiltinRootNode(language, name, body, isMethod);
        FunctionTemplate template = new FunctionTemplate(name, FunctionTemplate.Kind.BUILTIN, minArity, maxArity, root);
        return new AlFunction(template, AlFunction.NO_CAPTURES);
    }

    // ---- lookup ----------------------------------------------------------------------------

    /** Every global name and its value. */
    public Map<String, Object> globals() {
        return Collections.unmodifiableMap(globals);
    }

    /** The method {@code name} of values of class {@code type}, or null. */
    @TruffleBoundary
    public AlFunction method(Class<?> type, String name) {
        return methodCache.computeIfAbsent(type, t -> inherited(t, methods)).get(name);
    }

    /** The field {@code name} of values of class {@code type}, or null. */
    @TruffleBoundary
    public FieldAccessor field(Class<?> type, String name) {
        return fieldCache.computeIfAbsent(type, t -> inherited(t, fields)).get(name);
    }

    /** What {@code type} has, its own entries first, then those of its supertypes. */
    private static <V> Map<String, V> inherited(Class<?> type, Map<Class<?>, Map<String, V>> table) {
        Map<String, V> all = new HashMap<>();
        collect(type, table, all);
        return all;
    }

    private static <V> void collect(Class<?> type, Map<Class<?>, Map<String, V>> table, Map<String, V> into) {
        if (type == null) {
            return;
        }
        Map<String, V> own = table.get(type);
        if (own != null) {
            own.forEach(into::putIfAbsent);
        }
        collect(type.getSuperclass(), table, into);
        for (Class<?> i : type.getInterfaces()) {
            collect(i, table, into);
        }
    }

    /** The standard module {@code name}, or null. */
    public StdModule module(String name) {
        return modules.get(name);
    }

    @Override
    public Set<String> names() {
        return Collections.unmodifiableSet(modules.keySet());
    }

    @Override
    public Source source(String name) {
        StdModule m = modules.get(name);
        return m == null || m.source() == null ? null : m.source().get();
    }
}
