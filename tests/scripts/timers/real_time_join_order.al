// Runs on the real clock (tiny sleeps): completion order follows the deadlines,
// join's output follows argument order.
async fn after(ms, name) {
    sleep(ms).await;
    println(name);
    name
}
let t = now();
let r = join(after(200, "third"), after(1, "first"), after(100, "second")).await;
println(r);
let e = t.elapsed();
println(e >= 200ms, e < 5s);
