// flags: --virtual-time
// Three workers increment a counter, holding the lock across an .await.
// The lock keeps the read-modify-write whole; waiters get it first come, first served.
async fn worker(name, m, log) {
    for i in 0..2 {
        let g = m.lock().await;
        log.push("{name} in");
        let v = g.value;
        sleep(10ms).await;
        g.value = v + 1;
        log.push("{name} out");
        g.unlock();
        yield_now().await;
    }
}
let m = Mutex(0);
let log = [];
let t = now();
let tasks = [spawn(worker("a", m, log)), spawn(worker("b", m, log)), spawn(worker("c", m, log))];
for tk in tasks { tk.await; }
let g = m.lock().await;
println("final", g.value);
g.unlock();
println(log.join(", "));
println(t.elapsed());
