// flags: --virtual-time
// abort() cancels a task: its finally blocks run, awaiting it throws `task was aborted`.
async fn worker() {
    try {
        println("worker: start");
        sleep(1s).await;
        println("worker: NOT REACHED");
    } finally {
        println("worker: finally");
    }
}
let t = spawn(worker());
sleep(100ms).await;
t.abort();
let r = try { t.await; "no error" } catch e { "caught: " + e.message };
println(r);
println(t.is_finished());
sleep(2s).await;
println("end");
