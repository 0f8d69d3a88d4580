// flags: --virtual-time
// A finally block that throws while its task is cancelled (aborted, or left when main ends) is
// reported, as Tokio prints a task's panic; the program goes on.
async fn worker(name) {
    try { sleep(100ms).await; } finally { println(name, "cleans up"); throw name + " cleanup failed"; }
}
let a = spawn(worker("a"));
spawn(worker("b"));
sleep(1ms).await;
a.abort();
println(try { a.await } catch e { e.message });
println("main ends");
