// flags: --virtual-time
// Lesson 3: .await does not block the thread. While one task waits for its timer,
// the executor runs the others: three one-second sleeps finish after one second.
// Observe: all three go to sleep before any wakes, and the total is 1s, not 3s.

async fn sleeper(id) {
    println("task {id}: going to sleep");
    sleep(1s).await;                // yields to the executor
    println("task {id}: awake");
}

let start = now();
join(sleeper(1), sleeper(2), sleeper(3)).await;
println("all three done after", start.elapsed());
