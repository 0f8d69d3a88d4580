package asynclang.language.ast;

/** The value of a duration literal such as {@code 250ms}, in nanoseconds. */
public record DurationLiteral(long nanos) {
}
