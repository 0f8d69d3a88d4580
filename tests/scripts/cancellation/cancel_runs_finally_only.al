// flags: --virtual-time
async fn guarded(name) {
    try {
        println(name, "waiting");
        sleep(5s).await;
        println(name, "after sleep (never)");
    } catch e {
        println(name, "catch does not see cancellation");
    } finally {
        println(name, "finally runs");
    }
    println(name, "after try (never)");
}
let t = spawn(guarded("task"));
sleep(1s).await;
t.abort();
yield_now().await;
println(try { timeout(1s, guarded("timed")).await } catch e { e.message });
