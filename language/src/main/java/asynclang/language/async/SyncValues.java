package asynclang.language.async;

import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.Node;

import asynclang.language.builtins.Fields;
import asynclang.language.builtins.Methods;
import asynclang.language.errors.AlException;
import asynclang.language.values.Formatter;
import asynclang.language.values.Nil;
import asynclang.language.values.Types;
import asynclang.runtime.Semaphore;
import asynclang.runtime.WaitQueue;
import asynclang.runtime.Waker;

/** The async locks: {@code Mutex(v)}, {@code Semaphore(n)}, {@code Notify()}, all on {@link Semaphore}. */
public final class SyncValues {

    private SyncValues() {
    }

    /** Waits for a permit, then outputs {@code output}. */
    static final class Acquire extends AlFuture {
        private final Semaphore semaphore;
        private final java.util.function.Supplier<Object> output;
        private final String description;
        private WaitQueue.Waiter waiter;

        Acquire(Semaphore semaphore, java.util.function.Supplier<Object> output, String description) {
            this.semaphore = semaphore;
            this.output = output;
            this.description = description;
        }

        @Override
        public Object poll(Waker waker) {
            if (waiter == null) {
                if (semaphore.tryAcquire()) {
                    return output.get();
                }
                waiter = semaphore.waitToAcquire(waker);
                return PENDING;
            }
            if (!waiter.isGranted()) {
                waiter.setWaker(waker);
                return PENDING;
            }
            waiter = null;
            return output.get();
        }

        @Override
        public void cancel() {
            if (waiter != null) {
                semaphore.cancelWait(waiter);
                waiter = null;
            }
        }

        @Override
        public String describe() {
            return description;
        }
    }

    public static final class MutexValue implements TruffleObject, Types.Named, Methods.HasMethods {
        private final Semaphore lock = new Semaphore(1, 1, "mutex");
        Object value;

        public MutexValue(Object value) {
            this.value = value;
        }

        @Override
        public String typeName() {
            return "mutex";
        }

        @Override
        public String toString() {
            return "<mutex>";
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            if (name.equals("lock")) {
                AsyncArgs.arity(name, args, 0, node, bci);
                return new Acquire(lock, () -> new Guard(this), "mutex lock");
            }
            return null;
        }
    }

    /** {@code m.lock().await}: {@code g.value} reads and writes the protected value; {@code g.unlock()}. */
    public static final class Guard implements TruffleObject, Types.Named, Methods.HasMethods, Fields.HasFields {
        private final MutexValue mutex;
        private boolean released;

        Guard(MutexValue mutex) {
            this.mutex = mutex;
        }

        @Override
        public String typeName() {
            return "guard";
        }

        @Override
        public String toString() {
            return "<guard " + Formatter.repr(mutex.value) + ">";
        }

        @Override
        public Object readField(String name) {
            if (name.equals("value")) {
                check(null);
                return mutex.value;
            }
            return null;
        }

        @Override
        public boolean writeField(String name, Object value) {
            if (name.equals("value")) {
                check(null);
                mutex.value = value;
                return true;
            }
            return false;
        }

        private void check(Node node) {
            if (released) {
                throw AlException.error("the guard was already unlocked", node);
            }
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            if (name.equals("unlock")) {
                AsyncArgs.arity(name, args, 0, node, bci);
                if (!released) {
                    released = true;
                    mutex.lock.release();
                }
                return Nil.NIL;
            }
            return null;
        }
    }

    public static final class SemaphoreValue implements TruffleObject, Types.Named, Methods.HasMethods {
        private final Semaphore semaphore;

        public SemaphoreValue(long permits) {
            this.semaphore = new Semaphore(permits, Long.MAX_VALUE, "semaphore");
        }

        @Override
        public String typeName() {
            return "semaphore";
        }

        @Override
        public String toString() {
            return "<semaphore>";
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            switch (name) {
                case "acquire":
                    AsyncArgs.arity(name, args, 0, node, bci);
                    return new Acquire(semaphore, () -> Nil.NIL, "semaphore acquire");
                case "release":
                    AsyncArgs.arity(name, args, 0, node, bci);
                    semaphore.release();
                    return Nil.NIL;
                case "available":
                    AsyncArgs.arity(name, args, 0, node, bci);
                    return semaphore.available();
                default:
                    return null;
            }
        }
    }

    /** {@code Notify()}: a notify_one with nobody waiting is kept for the next waiter, as in Tokio. */
    public static final class NotifyValue implements TruffleObject, Types.Named, Methods.HasMethods {
        private final Semaphore semaphore = new Semaphore(0, 1, "notify");

        @Override
        public String typeName() {
            return "notify";
        }

        @Override
        public String toString() {
            return "<notify>";
        }

        @Override
        public Object invokeMethod(String name, Object[] args, Node node, int bci) {
            switch (name) {
                case "notified":
                    AsyncArgs.arity(name, args, 0, node, bci);
                    return new Acquire(semaphore, () -> Nil.NIL, "notified()");
                case "notify_one":
                    AsyncArgs.arity(name, args, 0, node, bci);
                    semaphore.release();
                    return Nil.NIL;
                case "notify_all":
                    AsyncArgs.arity(name, args, 0, node, bci);
                    semaphore.releaseAll();
                    return Nil.NIL;
                default:
                    return null;
            }
        }
    }
}
