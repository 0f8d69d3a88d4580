package asynclang.language.async;

/** Values a suspended async body is resumed with that are not an awaited output. */
public enum AwaitSignal {
    /** Start the body (it has not run yet). */
    START,
    /** Unwind: the future was cancelled. */
    CANCEL
}
