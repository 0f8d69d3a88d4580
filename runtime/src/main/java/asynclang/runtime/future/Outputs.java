package asynclang.runtime.future;

/**
 * How a language represents what the runtime's futures produce: the runtime knows nothing of
 * the language's values, so each combinator is given this factory.
 */
public interface Outputs {

    /** The output of a future that produces nothing ({@code sleep}, {@code yield_now}). */
    Object unit();

    /** {@code join}'s output: every future's output, in argument order. */
    Object list(Object[] outputs);

    /** {@code select}'s output: which future won, and its output. */
    Object selected(int index, Object output);

    /** The error a {@code timeout} fails with after {@code nanos}. */
    Object timedOut(long nanos);

    /** How a duration reads in the language ({@code 250ms}), for task dumps and traces. */
    String durationText(long nanos);
}
