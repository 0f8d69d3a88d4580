// Lesson 3: .await does not block the thread. While one task waits for its timer,
// the executor runs the others: three one-second sleeps finish after one second.

async fn sleeper(id) {
    println("task {id}: going to sleep");
    sleep(1s).await;                // yields to the executor
    println("task {id}: awake");
}

let start = now();
join(sleeper(1), sleeper(2), sleeper(3)).await;
println("all three done after", start.elapsed());
