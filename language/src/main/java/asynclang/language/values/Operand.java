package asynclang.language.values;

/**
 * A library value that takes part in the operators without the language knowing its type
 * (std.time's instant: {@code later - earlier}, {@code t + 5s}, {@code a < b}). The value is the
 * left operand; a method returns null when it has no meaning for {@code other}, and the
 * operator then reports its usual type error.
 */
public interface Operand {

    /** {@code this} against {@code other} for {@code == < <= > >=}: -1, 0 or 1, or null if unordered. */
    Integer compareTo(Object other);

    /** {@code this + other}, or null. */
    Object plus(Object other);

    /** {@code this - other}, or null. */
    Object minus(Object other);
}
