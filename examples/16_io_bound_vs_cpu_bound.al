// flags: --virtual-time
// Lesson 16: async helps when tasks *wait* (network, files, timers), not when they
// *compute*. Waiting tasks overlap: while one sleeps, the thread runs another.
// Computing tasks cannot overlap on one thread: each runs from start to end before
// the next one gets the thread, because it never reaches an .await.
// Observe: the three waiting jobs all start before any ends (1s in all, not 3s);
// the three computing jobs start and end one after another.

async fn wait_job(id) {
    println("wait job {id}: start");
    sleep(1s).await;                    // waiting: the thread is free meanwhile
    println("wait job {id}: end");
}

async fn compute_job(id) {
    println("compute job {id}: start");
    let sum = 0;
    for i in 0..100000 { sum += i % 7; }  // computing: no .await, the thread is busy
    println("compute job {id}: end ({sum})");
}

let t = now();
join(wait_job(1), wait_job(2), wait_job(3)).await;
println("waiting jobs took", t.elapsed());

join(compute_job(1), compute_job(2), compute_job(3)).await;
