// Runs on the real clock (short sleeps): completion order follows the deadlines,
// join's output follows argument order. A sleep's deadline is set when the sleep is
// made (as in Tokio), so the three are made together, before join polls anything.
async fn after(s, name) {
    s.await;
    println(name);
    name
}
let t = now();
let r = join(after(sleep(200), "third"), after(sleep(1), "first"), after(sleep(100), "second")).await;
println(r);
let e = t.elapsed();
println(e >= 200ms, e < 5s);
