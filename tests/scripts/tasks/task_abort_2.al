// flags: --virtual-time
async fn long() {
    try {
        println("long started");
        sleep(10s).await;
        println("never");
    } finally {
        println("long cleanup");
    }
}
let t = spawn(long());
sleep(1s).await;
println("aborting");
t.abort();
println(try { t.await } catch e { e.message });
println(t.is_finished());
