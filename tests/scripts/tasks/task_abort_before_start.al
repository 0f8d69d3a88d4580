// A task aborted before it was ever polled never runs any of its body.
let t = spawn(async {
    println("NEVER");
    1
});
t.abort();
let r = try { t.await } catch e { e.message };
println(r);
yield_now().await;
println("end");
