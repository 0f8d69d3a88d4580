package asynclang.language.engine;


import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import asynclang.language.AsyncLangContext;
import asynclang.language.AsyncLangLanguage;
import asynclang.language.SourceCompiler;
import asynclang.language.async.AlFuture;
import asynclang.language.codegen.Codegen;
import asynclang.language.errors.CompileException;
import asynclang.language.frontend.Frontend;
import asynclang.language.functions.HostEntry;
import asynclang.language.frontend.ParsedProgram;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.tooling.BlockingDetector;
import asynclang.language.tooling.DurationOption;
import asynclang.language.tooling.StateMachines;
import asynclang.language.tooling.TaskFailureReporter;
import asynclang.language.tooling.Tracer;

/**
 * The path of a source through the engine, one way: the front end reads, parses and resolves
 * it and what it imports (every compile error is found before anything runs); codegen builds
 * the bytecode; the program's root runs its top level as the main task on the context's
 * executor.
 */
public final class Engine implements SourceCompiler {

    @Override
    public CallTarget parse(AsyncLangLanguage language, Source source) {
        AsyncLangContext context = AsyncLangContext.get(null);
        if (AsyncLangLanguage.COMMAND_MIME_TYPE.equals(source.getMimeType())) {
            return new CommandRootNode(language, source.getCharacters().toString().strip()).getCallTarget();
        }
        ParsedProgram parsed = load(language, context, source);
        if (parsed.hasErrors() && source.isInteractive() && endsWithoutSemicolon(parsed)) {
            // A REPL line need not end its last statement: `let x = 1` is read as `let x = 1;`.
            parsed = load(language, context, Source.newBuilder(source).content(source.getCharacters() + ";").build());
        }
        if (parsed.hasErrors()) {
            throw new CompileException(parsed.errors(), parsed.moreErrors());
        }
        Codegen.CompiledProgram program = Codegen.compile(language, parsed, Codegen.Tier.of(context.option(AsyncLangLanguage.BytecodeTier)));
        if (context.option(AsyncLangLanguage.Explain)) {
            return new ExplainRootNode(language, StateMachines.explain(source, program)).getCallTarget();
        }
        return new ProgramRootNode(language, program.topLevel(), source.isInteractive()).getCallTarget();
    }

    static ParsedProgram load(AsyncLangLanguage language, AsyncLangContext context, Source source) {
        LibraryRegistry library = language.library();
        return Frontend.load(source, context.env(), library.globals().keySet(), context.topScope().names(), library);
    }

    private static boolean endsWithoutSemicolon(ParsedProgram parsed) {
        return parsed.errors().size() == 1 && parsed.errors().get(0).message().equals("expected `;`, found end of file");
    }

    private static final HostFutures HOST_FUTURES = new HostFutures();
    private static final ThreadGate THREAD_GATE = new ThreadGate();

    @Override
    public void initializeContext(AsyncLangContext context) {
        AlFuture.connect(HOST_FUTURES);
        HostEntry.install(THREAD_GATE);
        String trace = context.option(AsyncLangLanguage.Trace);
        if (!trace.isEmpty()) {
            context.addListener(new Tracer(context, context.executor(), trace));
        }
        context.addListener(new TaskFailureReporter(context));
        String blocking = context.option(AsyncLangLanguage.WarnBlocking);
        if (!blocking.isEmpty()) {
            context.addListener(new BlockingDetector(context, DurationOption.parse(blocking).nanos()));
        }
    }

}
