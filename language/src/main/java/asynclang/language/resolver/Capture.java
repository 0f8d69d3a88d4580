package asynclang.language.resolver;

/**
 * A variable a function captures, and how the enclosing function reaches its cell when it
 * creates the closure ({@code outer} is a Local or Captured binding of the enclosing function).
 */
public record Capture(Variable variable, Binding outer) {
}
