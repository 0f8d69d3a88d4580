// spawn returns the Task at once; the task's body first runs when the spawner
// reaches a scheduling point (here yield_now), not inside spawn.
let log = [];
let t = spawn(async {
    log.push("task body");
    println("task body runs");
    "out"
});
println("spawn returned:", typeof(t));
log.push("after spawn");
println(log);
yield_now().await;
println(log);
println(t.await);
