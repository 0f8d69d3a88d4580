package asynclang.stdlib.net;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

import asynclang.language.values.AlError;

/** Socket failures in the contract's words (LANGUAGE.md 5.2), never the JDK's. */
final class NetErrors {

    private NetErrors() {
    }

    static AlError of(Throwable e, String host, int port) {
        String where = HostPort.of(host, port);
        if (e instanceof ConnectException) {
            return new AlError("connection refused: " + where);
        } else if (e instanceof BindException b) {
            String why = b.getMessage() == null ? "" : b.getMessage().toLowerCase(Locale.ROOT);
            if (why.contains("assign") || why.contains("not available")) {
                // An address of no interface of this machine's (8.8.8.8, say): nothing is in use.
                return new AlError("address not available: " + where);
            }
            if (why.contains("permission") || why.contains("access")) {
                return new AlError("permission denied: " + where);
            }
            return new AlError("address in use: " + where);
        } else if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
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
