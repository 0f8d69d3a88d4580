// flags: --virtual-time
async fn inner() {
    sleep(10ms).await;
    throw "inner failed";
}
async fn outer() {
    try { inner().await } catch e { "outer caught: " + e }
}
println(outer().await);
let t = spawn(inner());
println(try { t.await } catch e { "task error: " + e });
