package asynclang.runtime;

/** A future's output when it failed; {@code error} is whatever the language uses for errors. */
public record Failure(Object error) {
}
