// Training run for the JDK AOT cache (see launcher/build-runtime): a small script that
// touches the common parts of the language, so that the classes they need are loaded,
// linked and profiled once at build time instead of at every start. Its output is ignored;
// if a feature used here changes, the cache is still written, only covering less.
fn greet(name) { "Hello, {name}!" }
let names = ["world", "asynclang"];
for name in names { println(greet(name)); }
println("squares:", [1, 2, 3, 4].map(|n| n * n));
let count = 0;
let bump = || { count += 1; count };
bump();
println("count", bump(), 7 / 2, 7 % 2, 2.5 * 2, "a" + "b", len(names), 1 < 2 && true);

async fn work(id) {
    sleep(1ms).await;
    id * 10
}

async fn slow() {
    try { sleep(1s).await; "slow" } finally { println("cancelled") }
}

async fn main() {
    let both = join(work(1), work(2)).await;
    println("join:", both);
    let t = spawn(async { work(3).await });
    println("spawn:", t.await);
    let ch = channel();
    spawn(async {
        for x in [1, 2, 3] { ch.send(x).await; }
        ch.close();
    });
    let v = ch.recv().await;
    while v != nil { println("got", v); v = ch.recv().await; }
    println("select:", select(slow(), async { sleep(1ms).await; "fast" }).await);
    let r = try { timeout(2ms, slow()).await } catch e { e.message };
    println("timeout:", r);
    let e = try { [1][3] } catch e { e.message };
    println("error:", e);
}
