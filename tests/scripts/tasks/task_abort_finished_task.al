// Aborting a task that has already finished changes nothing: its output stays.
let t = spawn(async { "done early" });
yield_now().await;
println(t.is_finished());
t.abort();
println(t.await);
