// The service's logic, in asynclang. The Java side binds `stock` (a host function that returns a
// CompletableFuture: a database lookup on a Java thread pool) before this runs, and calls
// `handle` for every HTTP request.
import std.json;

let served = 0;

async fn handle(path) {
    let parts = path.split("/");
    let item = parts[len(parts) - 1];
    // Both lookups run at once; the task waits without blocking the executor's thread.
    let both = join(stock(item), price(item)).await;
    served += 1;
    json.stringify({item: item, in_stock: both[0], price: both[1], ok: both[0] > 0})
}
