// flags: --virtual-time
// `async fn main` is called after the top level and its future is awaited in the
// main task. A task spawned at the top level first runs when main suspends.
async fn helper() {
    sleep(100ms).await;
    "helper"
}
async fn main() {
    println("async main starts");
    let v = helper().await;
    println("async main got", v, "after", t0.elapsed());
}
let t0 = now();
println("top level runs first");
spawn(async { println("spawned task runs while main awaits"); });
