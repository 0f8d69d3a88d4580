package asynclang.stdlib.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class HostPortTest {

    private static String of(String literal, int port) throws UnknownHostException {
        return HostPort.of(InetAddress.getByName(literal), port);
    }

    @Test
    void ipv4AsItIs() throws UnknownHostException {
        assertEquals("127.0.0.1:80", of("127.0.0.1", 80));
    }

    /** RFC 5952's examples: the longest run of zero groups (two or more; the first on a tie) is "::". */
    @Test
    void ipv6InBracketsAndShort() throws UnknownHostException {
        assertEquals("[::1]:44409", of("0:0:0:0:0:0:0:1", 44409));
        assertEquals("[::]:1", of("::", 1));
        assertEquals("[2001:db8::1]:1", of("2001:0db8:0000:0000:0000:0000:0000:0001", 1));
        assertEquals("[2001:db8::1:0:0:1]:1", of("2001:db8:0:0:1:0:0:1", 1));
        assertEquals("[1:0:0:2::3]:1", of("1:0:0:2:0:0:0:3", 1));
        assertEquals("[2001:db8:0:1:1:1:1:1]:1", of("2001:db8:0:1:1:1:1:1", 1));
        assertEquals("[fe80::]:1", of("fe80:0:0:0:0:0:0:0", 1));
    }

    @Test
    void aHostAsTheScriptGaveIt() {
        assertEquals("localhost:8080", HostPort.of("localhost", 8080));
        assertEquals("[::1]:8080", HostPort.of("::1", 8080));
    }
}
