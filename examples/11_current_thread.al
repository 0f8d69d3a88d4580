// flags: --virtual-time
// Lesson 11: one thread, many tasks (Tokio's current_thread flavor). Tasks interleave
// only at .await points, and the executor runs woken tasks in FIFO order.
// Observe: a, b, c take turns in the same order every round (FIFO wake order).

async fn worker(name) {
    for step in 0..3 {
        println(name, "step", step);
        yield_now().await;                  // let the others run
    }
}

let tasks = [spawn(worker("a")), spawn(worker("b")), spawn(worker("c"))];
for t in tasks { t.await; }
println("one thread did all of it, in turns");
