// flags: --virtual-time
// task.await rethrows the task's error (the thrown value itself).
async fn worker() {
    sleep(10ms).await;
    throw "worker failed";
}
let t = spawn(worker());
let r = try { t.await } catch e { "caught: " + e };
println(r);
println(t.is_finished());
