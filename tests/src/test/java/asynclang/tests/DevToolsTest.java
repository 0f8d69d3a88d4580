package asynclang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code asynclang --inspect} driven the way Chrome DevTools drives it: over the WebSocket it
 * prints, with the DevTools protocol. A breakpoint set by URL in an async fn pauses there with
 * the right call frames; "step over" the await pauses again in the same fn after it resumed.
 * The exchange is written to {@code target/devtools-transcript.txt}.
 */
class DevToolsTest {

    /** Every file a test writes goes here; JUnit deletes it after the class. */
    @org.junit.jupiter.api.io.TempDir
    static Path temp;

    private static final String SCRIPT = """
                    async fn work(n) {
                        let a = n + 1;
                        sleep(10ms).await;
                        let b = a * 2;
                        b
                    }
                    async fn outer() {
                        let r = work(1).await;
                        r
                    }
                    println(outer().await);
                    """;

    @Test
    void aBreakpointInAnAsyncFnAndAStepOverItsAwait() throws Exception {
        Path dir = Files.createTempDirectory(temp, "devtools");
        Path script = dir.resolve("work.al");
        Files.writeString(script, SCRIPT);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(GoldenScriptsTest.ROOT.resolve("asynclang").toString(), "--inspect=" + port, script.toString());
        pb.environment().put("ASYNCLANG_NO_BUILD", "1");
        Process p = pb.start();
        List<String> transcript = new ArrayList<>();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String address = null;
            for (String line; address == null && (line = err.readLine()) != null;) {
                Matcher m = Pattern.compile("Debugger listening on (ws://\\S+)").matcher(line);
                if (m.find()) {
                    address = m.group(1);
                }
            }
            assertTrue(address != null && address.startsWith("ws://127.0.0.1:" + port + "/"), "no ws:// address on stderr");

            Protocol devtools = new Protocol(URI.create(address), transcript);
            devtools.call("Runtime.enable", "{}");
            devtools.call("Debugger.enable", "{}");
            devtools.call("Debugger.setAsyncCallStackDepth", "{\"maxDepth\":32}");
            String set = devtools.call("Debugger.setBreakpointByUrl", "{\"lineNumber\":2,\"urlRegex\":\"work\\\\.al$\",\"columnNumber\":0}");
            assertTrue(set.contains("\"breakpointId\""), set);
            devtools.call("Runtime.runIfWaitingForDebugger", "{}");

            // The inspector first pauses on the script's first statement (it waited for us).
            String paused = devtools.event("Debugger.paused");
            if (!paused.contains("\"functionName\":\"work\"")) {
                devtools.call("Debugger.resume", "{}");
                paused = devtools.event("Debugger.paused");
            }
            assertTopFrame(paused, "work", 2);
            assertTrue(paused.contains("\"functionName\":\"outer\""), "the awaiting fn is on the stack before the first suspension: " + paused);
            assertTrue(paused.contains("\"hitBreakpoints\":[\"" + breakpointId(set) + "\"]"), paused);

            // A user who stops on an await and removes the breakpoint, then steps over it: the
            // next pause is the next statement of the same fn, after it resumed.
            devtools.call("Debugger.removeBreakpoint", "{\"breakpointId\":\"" + breakpointId(set) + "\"}");
            devtools.call("Debugger.stepOver", "{}");
            String resumed = devtools.event("Debugger.paused");
            assertTopFrame(resumed, "work", 3);
            // Resumed, work is alone on the real stack; the fns awaiting it come as its async stack.
            assertEquals(1, resumed.split("\"functionName\":\"outer\"", -1).length - 1, "outer is in the async stack only: " + resumed);
            Matcher async = Pattern.compile("\"asyncStackTrace\":\\{\"callFrames\":\\[\\{[^}]*\"functionName\":\"outer\"[^}]*\"lineNumber\":7[^}]*\\},\\{[^}]*\"functionName\":\"<main>\"[^}]*\"lineNumber\":10\\b").matcher(resumed);
            assertTrue(async.find(), "the awaiting fns are the async stack: " + resumed);
            // The resumed body's locals, through the scope object of its frame.
            Matcher scope = Pattern.compile("\"scopeChain\":\\[\\{\"name\":\"work\",\"type\":\"block\",\"object\":\\{[^}]*\"objectId\":\"([^\"]+)\"").matcher(resumed);
            assertTrue(scope.find(), resumed);
            String locals = devtools.call("Runtime.getProperties", "{\"objectId\":\"" + scope.group(1) + "\"}");
            assertTrue(locals.contains("\"name\":\"a\"") && locals.matches("(?s).*\"name\":\"a\".*?\"value\":2\\b.*"), locals);
            devtools.call("Debugger.stepOver", "{}");
            assertTopFrame(devtools.event("Debugger.paused"), "work", 4);

            devtools.call("Debugger.resume", "{}");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script did not finish after resume");
            assertEquals("4\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            devtools.close();
        } finally {
            p.destroyForcibly();
            Files.write(Path.of("target", "devtools-transcript.txt"), transcript);
        }
    }

    private static void assertTopFrame(String paused, String function, int line) {
        Matcher m = Pattern.compile("\"callFrames\":\\[\\{\"callFrameId\":\"[^\"]*\",\"functionName\":\"([^\"]*)\".*?\"lineNumber\":(\\d+)").matcher(paused);
        assertTrue(m.find(), paused);
        assertEquals(function + ":" + line, m.group(1) + ":" + m.group(2), paused);
    }

    private static String breakpointId(String response) {
        Matcher m = Pattern.compile("\"breakpointId\":\"([^\"]+)\"").matcher(response);
        assertTrue(m.find(), response);
        return m.group(1);
    }

    /** A minimal DevTools-protocol client: numbered calls, awaited responses, queued events. */
    static final class Protocol implements WebSocket.Listener {
        private final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final List<String> transcript;
        private final WebSocket socket;
        private final StringBuilder partial = new StringBuilder();
        private final List<String> pending = new ArrayList<>();
        private int nextId = 1;

        Protocol(URI address, List<String> transcript) throws Exception {
            this.transcript = transcript;
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(address, this).get(30, TimeUnit.SECONDS);
        }

        String call(String method, String params) throws Exception {
            int id = nextId++;
            String message = "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
            transcript.add("-> " + message);
            socket.sendText(message, true).get(30, TimeUnit.SECONDS);
            while (true) {
                String reply = take();
                if (reply.contains("\"id\":" + id + "}") || reply.contains("\"id\":" + id + ",")) {
                    assertTrue(!reply.contains("\"error\""), method + " failed: " + reply);
                    return reply;
                }
                // An event that came before the reply: kept for event().
                pending.add(reply);
            }
        }

        String event(String method) throws Exception {
            for (int i = 0; i < pending.size(); i++) {
                if (pending.get(i).contains("\"method\":\"" + method + "\"")) {
                    return pending.remove(i);
                }
            }
            while (true) {
                String message = take();
                if (message.contains("\"method\":\"" + method + "\"")) {
                    return message;
                }
            }
        }

        private String take() throws Exception {
            String message = messages.poll(60, TimeUnit.SECONDS);
            assertTrue(message != null, "no message from the inspector within 60 s");
            return message;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                transcript.add("<- " + (message.length() > 4000 ? message.substring(0, 4000) + "..." : message));
                messages.add(message);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
