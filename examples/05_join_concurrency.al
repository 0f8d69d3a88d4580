// flags: --virtual-time
// Lesson 5: concurrency without threads. join polls both futures in the same task;
// they interleave at their .await points, so both start before either finishes.
// Observe: both tasks start before either finishes - one thread, two futures, interleaved.

async fn task(id) {
    println("task {id} started");
    sleep(1s).await;
    println("task {id} finished");
}

async fn main() {
    let t1 = task(1);
    let t2 = task(2);
    join(t1, t2).await;
}
