// flags: --virtual-time
// Lesson 19: where async shines - many tasks that mostly wait. A hundred tasks,
// each sleeping one second, are a hundred small suspended state machines, not a
// hundred threads; one thread serves them all, and they wait together. (It works
// the same for a hundred thousand; a hundred keeps the --trace output short.)
// Observe: all 100 finish after 1s in all, not 100s (with --virtual-time the clock
// jumps straight there, so the run is instant).

async fn request(id) {
    sleep(1s).await;                    // e.g. waiting for a server's answer
    id % 10
}

let t = now();
let tasks = [];
for id in 0..100 {
    tasks.push(spawn(request(id)));
}
let total = 0;
for task in tasks {
    total += task.await;
}
println("100 tasks done, total", total, "after", t.elapsed());
