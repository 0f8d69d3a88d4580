// flags: --virtual-time
// A guard held by a future that a timeout cancels: `finally` releases it, so the lock is free after.
let m = Mutex(0);
async fn hold(m) {
    let g = m.lock().await;
    try { sleep(1s).await; } finally { g.unlock(); }
}
println(try { timeout(10ms, hold(m)).await } catch e { e.message });
let g = m.lock().await;
g.value = 1;
println(g.value);
