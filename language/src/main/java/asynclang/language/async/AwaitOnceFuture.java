package asynclang.language.async;

/**
 * A future that one await (or combinator) may take: a second is an error, as awaiting a moved
 * future is in Rust. Every future but a task's handle, which any number of tasks may join
 * (and which then needs no flag: a handle per spawned task is 8 bytes smaller without it).
 */
public abstract class AwaitOnceFuture extends AlFuture {

    private boolean consumed;

    @Override
    public boolean consume() {
        if (consumed) {
            return false;
        }
        consumed = true;
        return true;
    }

    @Override
    public boolean isConsumed() {
        return consumed;
    }

    /**
     * The call that made this future ({@code sleep()}, {@code read()}), for the never-awaited
     * warning; null for futures that warn in their own words (coroutines) or not at all.
     */
    public String maker() {
        return null;
    }
}
