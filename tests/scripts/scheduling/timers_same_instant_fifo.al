// flags: --virtual-time
// Timers due at the same instant fire in the order they were set.
async fn sleeper(name, ms) {
    sleep(ms).await;
    println(name, "woke at", t0.elapsed());
}
let t0 = now();
let first = [];
for n in ["x", "y", "z"] {
    first.push(spawn(sleeper(n, 50)));
}
for t in first { t.await; }

// a sets its timer at 50ms for 250ms; b and c set theirs at 150ms for 250ms.
let a = spawn(sleeper("a", 200));
sleep(100ms).await;
let b = spawn(sleeper("b", 100));
let c = spawn(sleeper("c", 100));
c.await;
b.await;
a.await;
