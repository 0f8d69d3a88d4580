// flags: --virtual-time
// As in Tokio: notify_one with nobody waiting stores a permit that the next
// notified() consumes at once; notify_all stores nothing.
let n = Notify();
n.notify_one();
n.notified().await;
println("stored permit consumed at once");
n.notify_all();
let r = try { timeout(100ms, n.notified()).await; "notified" } catch e { e.message };
println(r);
