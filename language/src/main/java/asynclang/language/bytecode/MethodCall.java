package asynclang.language.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.AsyncLangContext;
import asynclang.language.AsyncLangLanguage;
import asynclang.language.errors.AlException;
import asynclang.language.functions.AlFunction;
import asynclang.language.functions.FunctionCall;
import asynclang.language.functions.FunctionTemplate;
import asynclang.language.values.AlMap;
import asynclang.language.values.Foreign;
import asynclang.language.values.HostValues;
import asynclang.language.values.Types;

/**
 * {@code receiver.name(args)}: a method the library registered for the receiver's type (a
 * built-in, whose Java code runs here with the receiver first). A call site sees few receiver
 * types, so each gets its method cached. A map entry holding a function is called like a method (how
 * imported modules and hand-made objects work), before the map's own methods.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class MethodCall extends Node {

    public abstract Object execute(String name, Object[] receiverAndArgs, Node location, int bytecodeIndex);

    /** Registered methods are all built-ins: their Java code runs here, without a call. */
    @Specialization(guards = {"!isMap(receiverAndArgs)", "receiverClass(receiverAndArgs) == cachedClass", "method != null"}, limit = "4")
    static Object doCached(String name, Object[] receiverAndArgs, Node location, int bytecodeIndex,
                    @Cached("receiverClass(receiverAndArgs)") Class<?> cachedClass,
                    @Cached("lookup(location, cachedClass, name)") AlFunction method) {
        checkArity(method.template, receiverAndArgs, location, bytecodeIndex);
        return method.template.javaBody.invoke(receiverAndArgs);
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(String name, Object[] receiverAndArgs, Node location, int bytecodeIndex,
                    @Cached FunctionCall memberCall) {
        Object receiver = receiverAndArgs[0];
        if (receiver instanceof AlMap map) {
            Object member = memberFunction(map, name);
            if (member != null) {
                Object[] calleeAndArgs = receiverAndArgs.clone();
                calleeAndArgs[0] = member;
                return memberCall.execute(calleeAndArgs, location, bytecodeIndex);
            }
        }
        AlFunction method = lookup(location, receiver.getClass(), name);
        if (method == null && Foreign.is(receiver)) {
            AsyncLangContext.get(location).flush(); // host code may print to the script's stream
            Object result = Foreign.invoke(receiver, name, java.util.Arrays.copyOfRange(receiverAndArgs, 1, receiverAndArgs.length), location, bytecodeIndex);
            if (result != null) {
                return result;
            }
        }
        if (method == null) {
            throw noSuchMethod(receiver, name, location, bytecodeIndex);
        }
        checkArity(method.template, receiverAndArgs, location, bytecodeIndex);
        return method.template.javaBody.invoke(receiverAndArgs);
    }

    static Class<?> receiverClass(Object[] receiverAndArgs) {
        return receiverAndArgs[0].getClass();
    }

    static boolean isMap(Object[] receiverAndArgs) {
        return receiverAndArgs[0] instanceof AlMap;
    }

    @TruffleBoundary
    static AlFunction lookup(Node location, Class<?> type, String name) {
        return AsyncLangLanguage.get(location).library().method(type, name);
    }

    @TruffleBoundary
    private static Object memberFunction(AlMap map, String name) {
        Object member = map.get(name);
        return member instanceof AlFunction || (member != null && !HostValues.isAsynclangValue(member)) ? member : null;
    }

    private static void checkArity(FunctionTemplate method, Object[] receiverAndArgs, Node location, int bytecodeIndex) {
        if (!method.acceptsArity(receiverAndArgs.length - 1)) {
            throw FunctionCall.arityError(method, receiverAndArgs.length - 1, location, bytecodeIndex);
        }
    }

    @TruffleBoundary
    private static AlException noSuchMethod(Object receiver, String name, Node location, int bytecodeIndex) {
        if (receiver instanceof AlMap map && map.module() != null) {
            // `time.now()` for the global `now()` is an easy slip: say so.
            boolean global = AsyncLangLanguage.get(location).library().globals().containsKey(name);
            return AlException.error("module `" + map.module() + "` has no function `" + name + "`" +
                            (global ? " (there is a global `" + name + "(..)`)" : ""), location, bytecodeIndex);
        }
        return AlException.error("a value of type " + Types.typeName(receiver) + " has no method `" + name + "`", location, bytecodeIndex);
    }
}
