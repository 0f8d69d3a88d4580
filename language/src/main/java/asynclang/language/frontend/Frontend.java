package asynclang.language.frontend;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.source.Source;

import asynclang.language.ast.Expr;
import asynclang.language.ast.Stmt;
import asynclang.language.parser.SourceParser;
import asynclang.language.resolver.Resolution;
import asynclang.language.resolver.Resolver;

/**
 * The front end: reads a program and every file it imports, parses and resolves each, and
 * collects every compile error before anything runs. A file is read once however often it is
 * imported; an import cycle is an error that prints the cycle.
 */
public final class Frontend {

    /** The language id sources of imported files are tagged with. */
    private static final String LANGUAGE_ID = "asynclang";

    private final Env env;
    private final Set<String> globals;
    private final Set<String> earlier;
    private final StdModules std;
    private final Map<String, SourceUnit> files = new HashMap<>();
    private final Map<String, SourceUnit> stdUnits = new HashMap<>();
    /** Paths of the files being loaded now, outermost first: an import of one of them is a cycle. */
    private final List<String> inProgress = new ArrayList<>();
    private final List<SourceUnit> ordered = new ArrayList<>();
    private final List<CompileError> errors = new ArrayList<>();
    /** A file had more syntax errors than were kept. */
    private boolean moreErrors;
    /** The main file's directory: imported files are named relative to it in errors and traces. */
    private TruffleFile root;

    private Frontend(Env env, Set<String> globals, Set<String> earlier, StdModules std) {
        this.env = env;
        this.globals = globals;
        this.earlier = earlier;
        this.std = std;
    }

    /** Loads the program in {@code source}; {@code globals} are the names every file sees. */
    public static ParsedProgram load(Source source, Env env, Set<String> globals, StdModules std) {
        return load(source, env, globals, Set.of(), std);
    }

    /**
     * Loads a program evaluated after others in the same context: its own file also sees the
     * top-level names they left ({@code earlier}); the files it imports do not.
     */
    public static ParsedProgram load(Source source, Env env, Set<String> globals, Set<String> earlier, StdModules std) {
        Frontend f = new Frontend(env, globals, earlier, std);
        f.root = f.directoryOf(source);
        f.inProgress.add(f.pathOf(source));
        f.unit(source, false);
        return new ParsedProgram(List.copyOf(f.ordered), List.copyOf(f.errors), f.moreErrors);
    }

    /** Parses, resolves and loads the imports of one file; null if it has errors. */
    private SourceUnit unit(Source source, boolean isModule) {
        return unit(source, isModule, globals);
    }

    private SourceUnit unit(Source source, boolean isModule, Set<String> visible) {
        int badByte = InvalidUtf8.firstBadCharacter(source, env);
        if (badByte >= 0) {
            errors.add(new CompileError(source, "invalid UTF-8 in source", badByte, 1));
            return null;
        }
        SourceParser.Result parsed = SourceParser.parse(source.getCharacters().toString());
        List<SourceParser.Problem> problems = new ArrayList<>(parsed.problems());
        Set<String> fromEarlier = isModule ? Set.of() : earlier;
        Resolution resolution = problems.isEmpty() ? Resolver.resolve(parsed.program(), visible, fromEarlier, problems) : null;
        for (SourceParser.Problem p : problems) {
            errors.add(new CompileError(source, p.message(), p.start(), p.length()));
        }
        if (parsed.moreProblems()) {
            moreErrors = true;
        }
        if (resolution == null) {
            return null; // it did not parse: its imports are not known for sure
        }
        // A file with only name errors still has its imports loaded, so that their errors are
        // reported in the same run, not one file at a time.
        SourceUnit unit = new SourceUnit(source, parsed.program(), resolution, isModule);
        for (Stmt s : ((Expr.Block) parsed.program().body).statements) {
            if (s instanceof Stmt.Import imp) {
                ImportTarget target = imp.isFile() ? importFile(source, imp) : importStd(source, imp);
                if (target != null) {
                    unit.addImport(imp, target);
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        ordered.add(unit);
        return unit;
    }

    private ImportTarget importStd(Source importer, Stmt.Import imp) {
        String name = String.join(".", imp.modulePath);
        String module = imp.modulePath.size() == 2 && imp.modulePath.get(0).equals("std") ? imp.modulePath.get(1) : null;
        if (module == null || !std.names().contains(module)) {
            Set<String> known = new TreeSet<>();
            for (String n : std.names()) {
                known.add("std." + n);
            }
            String listing = known.isEmpty() ? "there are no standard modules" : "the standard modules are " + String.join(", ", known);
            errors.add(new CompileError(importer, "unknown module `" + name + "`; " + listing, imp.start, imp.length()));
            return null;
        }
        if (!stdUnits.containsKey(module)) {
            Source source = std.source(module);
            Set<String> visible = new java.util.HashSet<>(globals);
            visible.add(StdModules.NATIVE);
            SourceUnit unit = source == null ? null : unit(source, true, visible);
            if (unit != null) {
                unit.stdModule(module);
            }
            stdUnits.put(module, unit);
        }
        return new ImportTarget.Std(module, stdUnits.get(module));
    }

    /**
     * Why a file cannot be imported, in the system's words: never the JDK's message (it repeats
     * the absolute path, or names a Java exception). {@code otherwise} for anything else.
     */
    private static String reason(Exception e, String otherwise) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        } else if (e instanceof SecurityException) {
            return "file access is not allowed";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof java.nio.file.InvalidPathException) {
            return "invalid path";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return otherwise;
    }

    /** A path as an error shows it: a NUL in it written as \0, not printed raw. */
    private static String shown(String path) {
        return path.replace("\0", "\\0");
    }

    private ImportTarget importFile(Source importer, Stmt.Import imp) {
        TruffleFile file;
        try {
            file = resolve(importer, imp.filePath);
        } catch (RuntimeException e) {
            errors.add(new CompileError(importer, "cannot import \"" + shown(imp.filePath) + "\": " + reason(e, e.getMessage()), imp.start, imp.length()));
            return null;
        }
        String key = file.getPath();
        if (inProgress.contains(key)) {
            List<String> cycle = new ArrayList<>(inProgress.subList(inProgress.indexOf(key), inProgress.size()));
            cycle.add(key);
            errors.add(new CompileError(importer, "import cycle: " + String.join(" -> ", cycle.stream().map(this::displayName).toList()), imp.start, imp.length()));
            return null;
        }
        if (files.containsKey(key)) {
            SourceUnit loaded = files.get(key);
            return loaded == null ? null : new ImportTarget.File(loaded);
        }
        Source source;
        try {
            if (file.isDirectory()) {
                throw new java.nio.file.FileSystemException(key, null, "is a directory");
            }
            source = Source.newBuilder(LANGUAGE_ID, file).name(displayName(key)).build();
        } catch (IOException | SecurityException e) {
            errors.add(new CompileError(importer, "cannot import \"" + shown(imp.filePath) + "\": " + reason(e, "input/output error"), imp.start, imp.length()));
            return null;
        }
        inProgress.add(key);
        SourceUnit unit;
        try {
            unit = unit(source, true);
        } finally {
            inProgress.remove(inProgress.size() - 1);
        }
        files.put(key, unit);
        return unit == null ? null : new ImportTarget.File(unit);
    }

    private String pathOf(Source source) {
        try {
            TruffleFile dir = directoryOf(source);
            return dir == null ? source.getName() : dir.resolve(source.getName()).normalize().getAbsoluteFile().getPath();
        } catch (RuntimeException e) {
            return source.getName();
        }
    }

    /** The path is relative to the importing file's directory (or the working directory). */
    private TruffleFile resolve(Source importer, String path) {
        TruffleFile base = directoryOf(importer);
        TruffleFile file = base == null ? env.getPublicTruffleFile(path) : base.resolve(path);
        return file.normalize().getAbsoluteFile();
    }

    private TruffleFile directoryOf(Source source) {
        URI uri = source.getURI();
        if (source.getPath() != null) {
            return env.getPublicTruffleFile(source.getPath()).getAbsoluteFile().getParent();
        } else if (uri != null && "file".equals(uri.getScheme())) {
            return env.getPublicTruffleFile(uri).getParent();
        }
        return null;
    }

    /**
     * How errors name a file: its path relative to the main file's directory, as written from
     * there ({@code lib/util.al}, {@code ../shared/x.al}), so two imported files of the same name
     * cannot be mistaken for each other; the absolute path when there is no main directory.
     */
    private String displayName(String path) {
        try {
            TruffleFile file = env.getPublicTruffleFile(path);
            TruffleFile base = root != null ? root : env.getCurrentWorkingDirectory();
            return base.relativize(file).getPath();
        } catch (RuntimeException e) {
            return path;
        }
    }
}
