package asynclang.stdlib.json;

/**
 * What {@link JsonReader} and {@link JsonWriter} throw: the finished message for the script, to be
 * raised at the call site by {@link JsonModule}. No stack trace: it is an answer, not a bug.
 */
final class JsonError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JsonError(String message) {
        super(message, null, false, false);
    }
}
