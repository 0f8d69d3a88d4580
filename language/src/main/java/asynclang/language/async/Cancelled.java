package asynclang.language.async;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * Unwinds a cancelled async body from the {@code .await} it was suspended at: its
 * {@code finally} blocks run, {@code catch} blocks let it pass.
 */
public final class Cancelled extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    public Cancelled() {
        super("cancelled", null, 0, null);
    }
}
