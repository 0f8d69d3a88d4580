package asynclang.language.builtins;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;
import asynclang.language.AsyncLangLanguage;
import asynclang.language.errors.AlException;
import asynclang.language.nodes.arithmetic.Arithmetic;
import asynclang.language.values.AlFunction;
import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.AlRange;
import asynclang.language.values.Formatter;
import asynclang.language.values.FunctionTemplate;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;

/**
 * The global functions every script sees without an import. Each is a function value like any
 * other: it can be passed around, and calling it with the wrong arity is the usual error.
 */
public final class Builtins {

    private final Map<String, Object> globals = new LinkedHashMap<>();
    private final AsyncLangLanguage language;

    public Builtins(AsyncLangLanguage language) {
        this.language = language;
        define("print", 0, -1, (ctx, args, node) -> {
            ctx.print(joined(args));
            return Nil.NIL;
        });
        define("println", 0, -1, (ctx, args, node) -> {
            ctx.print(joined(args) + "\n");
            return Nil.NIL;
        });
        define("eprintln", 0, -1, (ctx, args, node) -> {
            ctx.printError(joined(args) + "\n");
            return Nil.NIL;
        });
        define("len", 1, 1, (ctx, args, node) -> length(args[0], node));
        define("str", 1, 1, (ctx, args, node) -> Formatter.display(args[0]));
        define("int", 1, 1, (ctx, args, node) -> Conversions.toInt(args[0], node, -1));
        define("float", 1, 1, (ctx, args, node) -> Conversions.toFloat(args[0], node, -1));
        define("typeof", 1, 1, (ctx, args, node) -> Types.typeName(args[0]));
        define("range", 2, 2, (ctx, args, node) -> {
            if (!(args[0] instanceof Long from) || !(args[1] instanceof Long to)) {
                throw AlException.error("range expects two ints", node);
            }
            return new AlRange(from, to, false);
        });
        define("assert", 1, 2, (ctx, args, node) -> {
            if (!Types.isTruthy(args[0])) {
                throw AlException.error(args.length > 1 ? "assertion failed: " + Formatter.display(args[1]) : "assertion failed", node);
            }
            return Nil.NIL;
        });
        define("args", 0, 0, (ctx, args, node) -> {
            AlList list = new AlList();
            for (String a : ctx.arguments()) {
                list.add(a);
            }
            return list;
        });
        define("exit", 0, 1, (ctx, args, node) -> {
            long code = 0;
            if (args.length == 1) {
                if (!(args[0] instanceof Long l)) {
                    throw AlException.error("exit expects an int, got " + Types.typeName(args[0]), node);
                }
                code = l;
            }
            throw ctx.exit((int) code, node);
        });
        define("div", 2, 2, (ctx, args, node) -> Arithmetic.floorDivide(args[0], args[1], node, -1));
        asynclang.language.async.AsyncBuiltins.install(this);
    }

    private void define(String name, int minArity, int maxArity, Builtin body) {
        BuiltinRootNode root = new BuiltinRootNode(language, name, body);
        FunctionTemplate template = new FunctionTemplate(name, FunctionTemplate.Kind.BUILTIN, minArity, maxArity, root.getCallTarget());
        globals.put(name, new AlFunction(template, AlFunction.NO_CAPTURES));
    }

    /** Lets other parts of the language (the async core, the stdlib) add globals. */
    public void add(String name, int minArity, int maxArity, Builtin body) {
        define(name, minArity, maxArity, body);
    }

    /** A global that is not a function ({@code Pending}). */
    public void addValue(String name, Object value) {
        globals.put(name, value);
    }

    /** Every global name and its value. */
    public Map<String, Object> globals() {
        return globals;
    }

    @TruffleBoundary
    private static String joined(Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Formatter.display(args[i]));
        }
        return sb.toString();
    }

    @TruffleBoundary
    private static Object length(Object v, Node node) {
        if (v instanceof String s) {
            return (long) s.codePointCount(0, s.length());
        } else if (v instanceof AlList l) {
            return (long) l.size();
        } else if (v instanceof AlMap m) {
            return (long) m.size();
        } else if (v instanceof AlRange r) {
            return r.length();
        }
        throw AlException.error("len expects a string, list, map or range, got " + Types.typeName(v), node);
    }
}
