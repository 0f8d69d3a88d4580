package asynclang.stdlib.net;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

import asynclang.language.values.AlError;

/** Socket failures in the contract's words (LANGUAGE.md 5.2), never the JDK's. */
final class NetErrors {

    private NetErrors() {
    }

    static AlError of(Throwable e, String host, int port) {
        String where = host + ":" + port;
        if (e instanceof ConnectException) {
            return new AlError("connection refused: " + where);
        } else if (e instanceof BindException) {
            return new AlError("address in use: " + where);
        } else if (e instanceof UnknownHostException) {
            return new AlError("unknown host: " + host);
        } else if (e instanceof ClosedChannelException) {
            return new AlError("connection closed");
        }
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("reset") || m.contains("broken pipe") || m.contains("connection abort")) {
            return new AlError("connection reset");
        }
        if (e instanceof IOException && !m.isEmpty()) {
            return new AlError("network error: " + m);
        }
        return new AlError("network error");
    }
}
