// A woken task runs before any task woken after it: the waiters run in the order
// their channels received a value (c, a, b), not in the order they were spawned.
async fn waiter(name, ch) {
    let v = ch.recv().await;
    println(name, "woke with", v);
}
let ca = channel();
let cb = channel();
let cc = channel();
let ta = spawn(waiter("a", ca));
let tb = spawn(waiter("b", cb));
let tc = spawn(waiter("c", cc));
yield_now().await;      // let all three start and park on recv
cc.send(1).await;
ca.send(2).await;
cb.send(3).await;
println("main sent all three");
ta.await;
tb.await;
tc.await;
