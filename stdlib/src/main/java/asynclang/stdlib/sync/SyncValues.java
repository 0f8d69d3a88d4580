package asynclang.stdlib.sync;


import asynclang.language.values.ScriptObject;
import asynclang.language.values.Formatter;
import asynclang.language.values.Types;
import asynclang.runtime.Task;
import asynclang.runtime.sync.Channel;
import asynclang.runtime.sync.Semaphore;

/** The values of the sync primitives: channels and the async locks, all on the runtime's queues. */
final class SyncValues {

    private SyncValues() {
    }

    /** {@code channel()} / {@code channel(n)}. */
    static final class ChannelValue extends ScriptObject implements Types.Named {
        final Channel channel;

        ChannelValue(int capacity) {
            this.channel = new Channel(capacity);
        }

        @Override
        public String typeName() {
            return "channel";
        }

        @Override
        public String toString() {
            return channel.isBounded() ? "<channel(" + channel.capacity() + ")>" : "<channel>";
        }
    }

    /** {@code Mutex(v)}: a semaphore of one permit guarding a value. */
    static final class MutexValue extends ScriptObject implements Types.Named {
        final Semaphore lock = new Semaphore(1, 1, "mutex");
        Object value;

        MutexValue(Object value) {
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
    }

    /** {@code m.lock().await}: {@code g.value} reads and writes the protected value; {@code g.unlock()}. */
    static final class Guard extends ScriptObject implements Types.Named {
        final MutexValue mutex;
        boolean released;
        /** Unlocks when the task that locked ends without unlocking (as dropping a guard does). */
        private final Task.Deferred release;

        Guard(MutexValue mutex, Task owner) {
            this.mutex = mutex;
            this.release = owner == null ? null : owner.defer(this::unlock);
        }

        @Override
        public String typeName() {
            return "guard";
        }

        @Override
        public String toString() {
            return "<guard " + Formatter.repr(mutex.value) + ">";
        }

        void unlock() {
            if (!released) {
                released = true;
                if (release != null) {
                    release.cancel();
                }
                mutex.lock.release();
            }
        }
    }

    static final class SemaphoreValue extends ScriptObject implements Types.Named {
        final Semaphore semaphore;

        SemaphoreValue(long permits) {
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
    }

    /** {@code Notify()}: a notify_one with nobody waiting is kept for the next waiter, as in Tokio. */
    static final class NotifyValue extends ScriptObject implements Types.Named {
        final Semaphore semaphore = new Semaphore(0, 1, "notify");

        @Override
        public String typeName() {
            return "notify";
        }

        @Override
        public String toString() {
            return "<notify>";
        }
    }
}
