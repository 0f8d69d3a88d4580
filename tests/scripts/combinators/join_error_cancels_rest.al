// flags: --virtual-time
// If one of join's futures throws, the others are cancelled (their finally blocks
// run, nothing after their .await does) and the error is rethrown.
async fn ok(name, ms) {
    try {
        sleep(ms).await;
        println(name, "completed");
        name
    } finally {
        println(name, "finally");
    }
}
async fn bad(ms) {
    sleep(ms).await;
    throw "bad failed";
}
let t = now();
let r = try {
    join(ok("quick", 50), bad(100), ok("slow", 1s)).await
} catch e {
    "caught: " + e
};
println(r);
println(t.elapsed());
sleep(2s).await;
println("no late output from slow");
