package asynclang.language.modules;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.source.Source;

import asynclang.language.AsyncLangLanguage;
import asynclang.language.ast.Expr;
import asynclang.language.ast.FunctionNode;
import asynclang.language.ast.Stmt;
import asynclang.language.codegen.BytecodeGenerator;
import asynclang.language.errors.CompileError;
import asynclang.language.errors.CompileException;
import asynclang.language.values.FunctionTemplate;

/**
 * Finds, checks and compiles the files a program imports, before any of it runs: a file is
 * compiled once however often it is imported, and an import cycle is a compile error that
 * prints the cycle.
 */
public final class ModuleLoader {

    private final AsyncLangLanguage language;
    private final Env env;
    private final Map<String, Module> modules = new HashMap<>();
    private final List<String> inProgress = new ArrayList<>();

    public ModuleLoader(AsyncLangLanguage language, Env env) {
        this.language = language;
        this.env = env;
    }

    /** Loads what {@code program}'s imports name; problems go to {@code errors}. */
    public void loadImports(Source importer, FunctionNode program, List<CompileError> errors) {
        boolean isProgram = inProgress.isEmpty();
        if (isProgram) {
            inProgress.add(pathOf(importer));
        }
        for (Stmt s : ((Expr.Block) program.body).statements) {
            if (s instanceof Stmt.Import imp && imp.isFile()) {
                imp.module = load(importer, imp, errors);
            }
        }
        if (isProgram) {
            inProgress.clear();
        }
    }

    private String pathOf(Source source) {
        try {
            TruffleFile dir = directoryOf(source);
            return dir == null ? source.getName() : dir.resolve(source.getName()).normalize().getAbsoluteFile().getPath();
        } catch (RuntimeException e) {
            return source.getName();
        }
    }

    private Module load(Source importer, Stmt.Import imp, List<CompileError> errors) {
        TruffleFile file;
        try {
            file = resolve(importer, imp.filePath);
        } catch (RuntimeException e) {
            errors.add(new CompileError(importer, "cannot import \"" + imp.filePath + "\": " + e.getMessage(), imp.start, imp.length()));
            return null;
        }
        String key = file.getPath();
        if (inProgress.contains(key)) {
            List<String> cycle = new ArrayList<>(inProgress.subList(inProgress.indexOf(key), inProgress.size()));
            cycle.add(key);
            errors.add(new CompileError(importer, "import cycle: " + String.join(" -> ", cycle.stream().map(ModuleLoader::fileName).toList()), imp.start, imp.length()));
            return null;
        }
        Module module = modules.get(key);
        if (module != null) {
            return module;
        }
        Source source;
        try {
            source = Source.newBuilder(AsyncLangLanguage.ID, file).name(file.getName()).build();
        } catch (IOException | SecurityException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            errors.add(new CompileError(importer, "cannot import \"" + imp.filePath + "\": " + why, imp.start, imp.length()));
            return null;
        }
        module = new Module(file.getName());
        modules.put(key, module);
        inProgress.add(key);
        try {
            BytecodeGenerator.Program program = language.compile(source, this, true);
            module.topLevel = new FunctionTemplate(file.getName(), FunctionTemplate.Kind.ASYNC_FUNCTION, 0, 0, program.topLevel().getCallTarget());
        } catch (CompileException e) {
            errors.addAll(e.errors());
        } finally {
            inProgress.remove(inProgress.size() - 1);
        }
        return module;
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

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
