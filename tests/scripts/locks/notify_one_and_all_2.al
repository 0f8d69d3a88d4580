// flags: --virtual-time
let n = Notify();
async fn waiter(n, name) {
    n.notified().await;
    println(name, "notified");
}
let a = spawn(waiter(n, "a"));
let b = spawn(waiter(n, "b"));
yield_now().await;
n.notify_one();
a.await;
n.notify_all();
b.await;
n.notify_one();
n.notified().await;
println("stored permit consumed");
