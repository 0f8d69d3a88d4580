// Warm-mode harness: runs one workload ITERS times in this one process and prints, per
// iteration, "NANOS RESULT" (wall time of that iteration, from now()/elapsed()).
// usage: asynclang warm.al WORKLOAD N ITERS [EXPECTED]
// With EXPECTED, every iteration's result must print as EXPECTED, else exit 1.
// With WARM_SECONDS=S in the environment, iterations first run for S seconds, each printed
// as "warmup NANOS RESULT", before the ITERS measured ones.
import std.process;

// The workload bodies are the same code as bench/workloads/NAME.al, as functions.

fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
async fn afib(n) { if n < 2 { n } else { afib(n - 1).await + afib(n - 2).await } }
async fn chain(d) { if d == 0 { 0 } else { chain(d - 1).await + 1 } }

async fn w_fib(n) { fib(n) }

async fn w_async_fib(n) { afib(n).await }

async fn w_spawn_join(n) {
    let tasks = [];
    for i in 0..n {
        tasks.push(spawn(async { yield_now().await; i * 2 }));
    }
    let total = 0;
    for t in tasks { total += t.await; }
    total
}

async fn w_sleep_many(n) {
    let tasks = [];
    for i in 0..n {
        tasks.push(spawn(async { sleep(i % 1000).await; 1 }));
    }
    let total = 0;
    for t in tasks { total += t.await; }
    total
}

async fn w_ping_pong(n) {
    let ping = channel();
    let pong = channel();
    let peer = spawn(async {
        loop {
            let v = ping.recv().await;
            if v < 0 { break; }
            pong.send(v + 1).await;
        }
    });
    let c = 0;
    for i in 0..n {
        ping.send(c).await;
        c = pong.recv().await;
    }
    ping.send(-1).await;
    peer.await;
    c
}

async fn w_chain(n) { chain(n).await }

async fn w_string_build(n) {
    let s = "";
    for i in 0..n {
        s = s + "ab";
    }
    len(s)
}

let workloads = {
    fib: w_fib, async_fib: w_async_fib, spawn_join: w_spawn_join, sleep_many: w_sleep_many,
    ping_pong: w_ping_pong, chain: w_chain, string_build: w_string_build,
};

let a = args();
if len(a) < 3 {
    eprintln("usage: asynclang warm.al WORKLOAD N ITERS [EXPECTED]");
    exit(2);
}
let f = workloads.get(a[0]);
if f == nil {
    eprintln("unknown workload " + a[0] + "; one of " + workloads.keys().join(" "));
    exit(2);
}
let n = int(a[1]);
let iters = int(a[2]);
let expected = if len(a) > 3 { a[3] } else { nil };
let warm = process.env("WARM_SECONDS");
let warm_ms = if warm == nil { 0 } else { float(warm) * 1000 };

async fn iteration(prefix, k) {
    let t = now();
    let r = f(n).await;
    let ns = t.elapsed().as_nanos();
    println("{prefix}{ns} {r}");
    if expected != nil && str(r) != expected {
        eprintln("iteration {k}: result {r}, expected {expected}");
        exit(1);
    }
}

let start = now();
let k = 0;
while start.elapsed().as_millis() < warm_ms {
    k += 1;
    iteration("warmup ", k).await;
}
for i in 0..iters {
    iteration("", k + i + 1).await;
}
