// flags: --virtual-time
// Semaphore(2) lets at most two jobs run at once.
async fn job(id, sem, stats) {
    sem.acquire().await;
    stats.active += 1;
    if stats.active > stats.max { stats.max = stats.active; }
    println("job", id, "running; active", stats.active);
    sleep(100ms).await;
    stats.active -= 1;
    sem.release();
}
let sem = Semaphore(2);
let stats = {active: 0, max: 0};
let t = now();
let tasks = [];
for i in 1..=5 {
    tasks.push(spawn(job(i, sem, stats)));
}
for tk in tasks { tk.await; }
println("max active", stats.max);
println(t.elapsed());
