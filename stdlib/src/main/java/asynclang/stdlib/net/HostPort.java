package asynclang.stdlib.net;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An address and port as people (and Rust's {@code SocketAddr}) write them: {@code 127.0.0.1:80},
 * and an IPv6 address in brackets and in its short form, {@code [::1]:80}, not Java's
 * {@code 0:0:0:0:0:0:0:1:80}, where the port cannot be told from the address.
 */
final class HostPort {

    private HostPort() {
    }

    /** A host as the script gave it (a name, or an address in either family) with a port. */
    static String of(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    static String of(InetAddress address, int port) {
        return of(address instanceof Inet6Address ? shortForm(address.getAddress()) : address.getHostAddress(), port);
    }

    /** RFC 5952: hex groups without leading zeros, the longest run of two or more zero groups (the first, on a tie) as "::". */
    static String shortForm(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xFF) << 8 | (bytes[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }
}
