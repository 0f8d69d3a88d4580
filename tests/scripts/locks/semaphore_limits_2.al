// flags: --virtual-time
let s = Semaphore(2);
let running = 0;
let peak = 0;
async fn job(s, i) {
    s.acquire().await;
    running += 1;
    if running > peak { peak = running; }
    sleep(100ms).await;
    running -= 1;
    s.release();
    i
}
let jobs = [];
for i in 0..6 { jobs.push(job(s, i)); }
let start = now();
println(join_all(jobs).await, "peak", peak, start.elapsed());
