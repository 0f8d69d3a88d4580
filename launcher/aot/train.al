// Training run for the JDK AOT cache (see launcher/build-runtime): a small script that
// touches the common parts of the language and the standard library, so that the classes
// they need are loaded, linked and profiled once at build time instead of at every start.
// Nothing in it runs hot enough to be compiled in earnest: a cache that also held the
// classes of the Graal compiler's full pipeline made compile-heavy scripts' first
// compilations faster (fib(30) 2.56 -> 2.96 s without them) but every process 6-14 MB bigger
// and hello slower, since all of the cache is loaded at start (docs/design.md, stop 22).
// Its output is ignored; if a feature used here changes, the cache is still written, only
// covering less.
import std.fs;
import std.json;
import std.net;
import std.time;

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

// Synchronous and async recursion, a loop, strings and lists.
fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
async fn afib(n) { if n < 2 { n } else { afib(n - 1).await + afib(n - 2).await } }

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

    println("fib:", fib(10), "afib:", afib(8).await);
    let s = "";
    let l = [];
    for i in 0..100 { l.push(i % 7); if i % 1000 == 0 { s += str(i); } }
    println("loop:", len(l), len(s));

    // The standard library: files (in launcher/target/runtime, where build-runtime runs
    // this), JSON, a socket echoed over the loopback.
    let dir = "train_tmp_{time.unix_millis()}";
    fs.mkdir(dir).await;
    fs.write_text("{dir}/a.json", json.stringify({"names": names, "n": 1.5})).await;
    println("json:", json.parse(fs.read_text("{dir}/a.json").await)["names"]);
    fs.remove("{dir}/a.json").await;
    fs.remove(dir).await;
    let listener = net.listen("127.0.0.1", 0).await;
    let server = spawn(async {
        let conn = listener.accept().await;
        let line = conn.read_line().await;
        while line != nil { conn.write(line + "\n").await; line = conn.read_line().await; }
        conn.close();
    });
    let client = net.connect("127.0.0.1", listener.port).await;
    for i in 0..20 { client.write("ping {i}\n").await; client.read_line().await; }
    client.close();
    server.await;
    listener.close();
    println("echo: done");
}
