package asynclang.language.engine;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import asynclang.language.AsyncLangContext;
import asynclang.language.AsyncLangLanguage;
import asynclang.language.codegen.Codegen;
import asynclang.language.errors.AlException;
import asynclang.language.errors.CompileException;
import asynclang.language.frontend.ParsedProgram;
import asynclang.language.functions.AlFunction;
import asynclang.language.tooling.StateMachines;
import asynclang.language.tooling.Tracer;
import asynclang.language.values.Nil;

/**
 * A REPL's {@code :} commands, evaluated as sources of {@link AsyncLangLanguage#COMMAND_MIME_TYPE}
 * so that the launcher needs nothing but the polyglot API:
 * <ul>
 * <li>{@code trace on}, {@code trace off}, {@code trace FILTER}: start or stop printing executor
 * events (as {@code --trace}) from the next input on;
 * <li>{@code explain NAME}: the state machine of a function defined earlier;
 * {@code explain CODE}: the state machines of the async fns and blocks in CODE (nothing runs);
 * <li>{@code bytecode NAME}: the Bytecode DSL instructions a function defined earlier runs.
 * </ul>
 */
public final class CommandRootNode extends RootNode {

    private final String command;

    CommandRootNode(AsyncLangLanguage language, String command) {
        super(language);
        this.command = command;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        run(AsyncLangContext.get(this));
        return Nil.NIL;
    }

    @TruffleBoundary
    private void run(AsyncLangContext context) {
        int space = command.indexOf(' ');
        String name = space < 0 ? command : command.substring(0, space);
        String argument = space < 0 ? "" : command.substring(space + 1).strip();
        switch (name) {
            case "trace" -> trace(context, argument);
            case "explain" -> context.print(explain(context, argument));
            case "bytecode" -> context.print(bytecode(context, argument));
            default -> context.print("unknown command :" + name + " (:help lists the commands)\n");
        }
        context.flush();
    }

    private void trace(AsyncLangContext context, String argument) {
        context.removeListeners(l -> l instanceof Tracer);
        switch (argument) {
            case "off" -> context.print("tracing off\n");
            case "", "on" -> {
                context.addListener(new Tracer(context, context.executor(), "all"));
                context.print("tracing every executor event\n");
            }
            default -> {
                context.addListener(new Tracer(context, context.executor(), argument));
                context.print("tracing " + argument + "\n");
            }
        }
    }

    private String explain(AsyncLangContext context, String argument) {
        if (argument.isEmpty()) {
            throw AlException.error("explain what? give a function's name or some code, e.g. `:explain async { sleep(1s).await }`", this);
        }
        Object named = argument.matches("[A-Za-z_][A-Za-z0-9_]*") ? context.topScope().valueOf(argument) : null;
        if (named instanceof AlFunction f && f.template.body != null && f.template.body.getRootNode().getSourceSection() != null) {
            if (!f.template.kind.isAsync()) {
                return argument + " is not async: a call runs it to the end at once, so it has no state machine\n";
            }
            // Recompile the source that defined it (nothing runs) and keep that function's bodies.
            SourceSection defined = f.template.body.getRootNode().getSourceSection();
            return explain(context, defined.getSource(), defined.getCharIndex(), defined.getCharEndIndex());
        }
        Source code = Source.newBuilder(AsyncLangLanguage.ID, argument, "<explain>").build();
        return explain(context, code, 0, code.getLength());
    }

    private String bytecode(AsyncLangContext context, String name) {
        Object named = context.topScope().valueOf(name);
        if (named instanceof AlFunction f && f.template.body != null && f.template.body.getRootNode() instanceof BytecodeRootNode root) {
            return root.getBytecodeNode().dump() + "\n";
        }
        throw AlException.error("bytecode of what? give the name of a function defined earlier, e.g. `:bytecode fib`", this);
    }

    private String explain(AsyncLangContext context, Source source, int from, int to) {
        AsyncLangLanguage language = AsyncLangLanguage.get(this);
        ParsedProgram parsed = Engine.load(language, context, source);
        if (parsed.hasErrors()) {
            throw new CompileException(parsed.errors(), parsed.moreErrors());
        }
        return StateMachines.explain(source, Codegen.compile(language, parsed, Codegen.Tier.DEFAULT), from, to);
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
