package asynclang.language.errors;

/**
 * An exception on its way up through the language's own Java code to a frame that handles it
 * (a stack overflow unwinding to where it can become a catchable error): code that turns
 * stray Java exceptions into internal errors lets it pass.
 */
public abstract class Unwinding extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected Unwinding() {
        super(null, null, false, false);
    }

    /** The error it is where nothing is left to unwind: the program's outermost frame. */
    public abstract AlException asError();
}
