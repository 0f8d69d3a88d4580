package asynclang.language.async;

import asynclang.runtime.Failure;
import asynclang.runtime.Future;
import asynclang.runtime.Waker;

/**
 * A future the library made from one of the runtime's ({@code sleep(d)}, {@code join(..)},
 * {@code ch.recv()}, ...), as a value scripts can hold and await once. {@code maker} is the
 * call that made it, for the never-awaited warning ({@code sleep()}).
 */
public final class LibraryFuture extends AwaitOnceFuture {

    private final Future inner;
    private final String maker;

    /** {@code inner} describes what is awaited (task dumps, traces); the wrapper adds no field for it. */
    public LibraryFuture(Future inner, String maker) {
        this.inner = inner;
        this.maker = maker;
    }

    /** The call that made it, as in {@code sleep()}. */
    @Override
    public String maker() {
        return maker;
    }

    @Override
    public Object poll(Waker waker) {
        return inner.poll(waker);
    }

    @Override
    public Failure cancel() {
        return inner.cancel();
    }

    @Override
    public String describe() {
        return inner.describe();
    }
}
