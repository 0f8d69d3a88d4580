package asynclang.stdlib.core;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.library.Library;
import asynclang.language.library.LibraryRegistry;
import asynclang.language.operators.Arithmetic;
import asynclang.language.values.AlError;
import asynclang.language.values.AlList;
import asynclang.language.values.AlMap;
import asynclang.language.values.AlRange;
import asynclang.language.values.CodePoints;
import asynclang.language.values.Conversions;
import asynclang.language.values.Foreign;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.language.values.StringAccumulator;
import asynclang.language.values.Types;
import asynclang.stdlib.Args;

/**
 * The global functions every script sees without an import (LANGUAGE.md section 5): output,
 * conversions, {@code len}, {@code typeof}, {@code range}, {@code assert}, {@code args},
 * {@code exit}, {@code div}; and the field of an Error.
 */
public final class CoreLibrary implements Library {

    @Override
    public void register(LibraryRegistry r) {
        r.function("print", 0, -1, (ctx, args, node) -> {
            ctx.print(joined(args));
            return Nil.NIL;
        });
        r.function("println", 0, -1, (ctx, args, node) -> {
            ctx.print(joined(args) + "\n");
            return Nil.NIL;
        });
        r.function("eprintln", 0, -1, (ctx, args, node) -> {
            ctx.printError(joined(args) + "\n");
            return Nil.NIL;
        });
        r.function("len", 1, 1, (ctx, args, node) -> length(args[0], node));
        r.function("str", 1, 1, (ctx, args, node) -> {
            String text = Formatter.display(args[0]);
            // A list or map of long strings prints longer than any one of them: the same limit as `+`.
            StringAccumulator.checkLength(text.length(), node);
            return text;
        });
        r.function("int", 1, 1, (ctx, args, node) -> Conversions.toInt(args[0], node, -1));
        r.function("float", 1, 1, (ctx, args, node) -> Conversions.toFloat(args[0], node, -1));
        r.function("typeof", 1, 1, (ctx, args, node) -> Types.typeName(args[0]));
        r.function("range", 2, 2, (ctx, args, node) -> {
            if (!Types.isInt(args[0]) || !Types.isInt(args[1])) {
                throw Args.error("range expects two ints", node);
            }
            return AlRange.of(args[0], args[1], false);
        });
        r.function("assert", 1, 2, (ctx, args, node) -> {
            if (!Types.isTruthy(args[0])) {
                throw Args.error(args.length > 1 ? "assertion failed: " + Formatter.display(args[1]) : "assertion failed", node);
            }
            return Nil.NIL;
        });
        r.function("args", 0, 0, (ctx, args, node) -> {
            AlList list = new AlList();
            for (String a : ctx.arguments()) {
                list.add(a);
            }
            return list;
        });
        r.function("exit", 0, 1, (ctx, args, node) -> {
            Object code = args.length == 1 ? args[0] : (Object) 0L;
            if (!(code instanceof Long c) || c < Integer.MIN_VALUE || c > Integer.MAX_VALUE) {
                throw Args.error(Types.isInt(code) ? "exit code " + code + " is out of range (it must fit 32 bits)" : "exit expects an int, got " + Types.typeName(code), node);
            }
            throw ctx.exit((int) (long) c, node);
        });
        r.function("div", 2, 2, (ctx, args, node) -> Arithmetic.floorDivide(args[0], args[1], node, -1));
        r.field(AlError.class, "message", e -> e.message);
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
            return (long) CodePoints.length(s);
        } else if (v instanceof AlList l) {
            return (long) l.size();
        } else if (v instanceof AlMap m) {
            return (long) m.size();
        } else if (v instanceof AlRange r) {
            return r.length();
        } else if (Foreign.is(v) && Foreign.length(v) instanceof Long n) {
            return n;
        }
        throw Args.error("len expects a string, list, map or range, got " + Types.typeName(v), node);
    }
}
