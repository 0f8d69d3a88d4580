// flags: --virtual-time
// Lesson 15: async is not multithreading. All tasks share one thread and switch
// only at .await, so code between two awaits runs without interruption: no data
// races there. But a read-modify-write that is split by an .await can interleave
// with another task and lose an update - the classic bug, in async clothes.
// A Mutex held across the .await keeps the update whole.
// Observe: the unsafe counter ends at 1 (two updates, one lost); the locked one at 2.

let unsafe_count = 0;
async fn unsafe_increment() {
    let seen = unsafe_count;            // read
    sleep(10ms).await;                  // another task runs here and reads the same value
    unsafe_count = seen + 1;            // write: overwrites the other task's update
}
join(unsafe_increment(), unsafe_increment()).await;
println("without a lock:", unsafe_count);

let counter = Mutex(0);
async fn safe_increment() {
    let g = counter.lock().await;       // the other task waits here
    let seen = g.value;
    sleep(10ms).await;
    g.value = seen + 1;
    g.unlock();
}
join(safe_increment(), safe_increment()).await;
let g = counter.lock().await;
println("with a Mutex:", g.value);
g.unlock();
