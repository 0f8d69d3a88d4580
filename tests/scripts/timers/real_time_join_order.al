// Runs on the real clock (tiny sleeps): completion order follows the deadlines,
// join's output follows argument order.
async fn after(ms, name) {
    sleep(ms).await;
    println(name);
    name
}
let t = now();
let r = join(after(20, "third"), after(1, "first"), after(10, "second")).await;
println(r);
let e = t.elapsed();
println(e >= 20ms, e < 2s);
