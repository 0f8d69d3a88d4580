// flags: --virtual-time
// Notify: notify_one wakes one waiter (the first), notify_all wakes every waiter.
async fn waiter(name, n) {
    n.notified().await;
    println(name, "notified");
}
let n = Notify();
let ts = [];
for name in ["a", "b", "c"] {
    ts.push(spawn(waiter(name, n)));
}
sleep(10ms).await;
println("notify_one");
n.notify_one();
sleep(10ms).await;
println("notify_all");
n.notify_all();
for t in ts { t.await; }
println("all done");
