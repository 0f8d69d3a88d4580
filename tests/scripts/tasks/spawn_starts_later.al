// flags: --virtual-time
async fn child() {
    println("child runs");
    "child result"
}
let t = spawn(child());
println("spawned, child has not run yet");
println("task id:", t.id, "finished:", t.is_finished());
let r = t.await;
println(r, t.is_finished());
