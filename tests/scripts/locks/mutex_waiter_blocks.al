// flags: --virtual-time
// A task that wants a held lock waits until it is unlocked.
let m = Mutex("free");
let t0 = now();
let g = m.lock().await;
let t = spawn(async {
    println("task: waiting for the lock");
    let g2 = m.lock().await;
    println("task: got it at", t0.elapsed(), "value", g2.value);
    g2.unlock();
});
sleep(500ms).await;
g.value = "set by main";
println("main: unlocking at", t0.elapsed());
g.unlock();
t.await;
