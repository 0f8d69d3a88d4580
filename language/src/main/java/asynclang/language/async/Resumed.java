package asynclang.language.async;

/**
 * What a suspended body is resumed with, in a box of one class. Truffle profiles the exact
 * class of each argument of a call target; resumed bare, a body that awaits a string and later
 * a nil (a read, then the end of the stream) would break its continuation's profile, and every
 * compiled caller that inlined it, the first time the type changed (indirect calls, which the
 * driver makes, profile arguments too). The box is one small allocation per resume. Every
 * resume goes through {@link CoroutineDriver} or {@link Coroutine#cancel}, which box.
 */
public final class Resumed {
    final Object value;

    Resumed(Object value) {
        this.value = value;
    }

    /** The value {@code resumedWith} carries (the argument of a yield's continuation). */
    public static Object unbox(Object resumedWith) {
        return ((Resumed) resumedWith).value;
    }
}
