package demo;

import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP service whose request handling is an asynclang {@code async fn}. Each request thread
 * of the JDK's HTTP server calls {@code handle(path)} and waits for the future it returns with
 * {@code get(timeout)}; the script awaits host {@code CompletableFuture}s (the "database").
 * The context's one executor serves every thread: one of them drives it, the calls of the
 * others are handed to it.
 */
public final class OrderService {

    private static final Map<String, Integer> STOCK = Map.of("apple", 12, "pear", 0, "plum", 7);
    private static final Map<String, Double> PRICES = Map.of("apple", 0.5, "pear", 0.75, "plum", 1.25);

    public static void main(String[] args) throws Exception {
        ExecutorService database = Executors.newFixedThreadPool(2);
        // Host access: the script may call the two lookup functions bound below.
        try (Context context = Context.newBuilder("asynclang").allowHostAccess(HostAccess.ALL).build()) {
            Value bindings = context.getBindings("asynclang");
            bindings.putMember("stock", (Function<String, CompletableFuture<Integer>>) item -> CompletableFuture.supplyAsync(() -> {
                pause(20);
                return STOCK.getOrDefault(item, 0);
            }, database));
            bindings.putMember("price", (Function<String, CompletableFuture<Double>>) item -> CompletableFuture.supplyAsync(() -> {
                pause(10);
                return PRICES.getOrDefault(item, 0.0);
            }, database));
            try (Reader script = new InputStreamReader(OrderService.class.getResourceAsStream("orders.al"), StandardCharsets.UTF_8)) {
                context.eval(Source.newBuilder("asynclang", script, "orders.al").build());
            }
            Value handle = bindings.getMember("handle");

            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/stock/", exchange -> {
                int status = 200;
                String body;
                try {
                    body = handle.execute(exchange.getRequestURI().getPath()).invokeMember("get", 5000).asString();
                } catch (PolyglotException e) {
                    status = 500;
                    body = "{\"error\": \"" + e.getMessage().replace("\"", "'") + "\"}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            ExecutorService requestThreads = Executors.newFixedThreadPool(4);
            server.setExecutor(requestThreads);
            server.start();
            try {
                int port = server.getAddress().getPort();
                HttpClient client = HttpClient.newHttpClient();
                List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
                for (String item : List.of("apple", "pear", "plum", "kiwi")) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stock/" + item)).build();
                    responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> response : responses) {
                    System.out.println(response.get().body());
                }
            } finally {
                server.stop(0);
                requestThreads.shutdown();
            }
            System.out.println("served " + bindings.getMember("served").asInt() + " requests");
        } finally {
            database.shutdown();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OrderService() {
    }
}
