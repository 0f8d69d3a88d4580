// flags: --virtual-time
// The losers of a select are cancelled: their finally blocks run, and nothing
// after their pending .await ever does.
async fn racer(name, ms) {
    try {
        println(name, "start");
        sleep(ms).await;
        println(name, "done");
        name
    } finally {
        println(name, "finally");
    }
}
let t = now();
let r = select(racer("a", 300), racer("b", 100), racer("c", 200)).await;
println(r);
println(t.elapsed());
sleep(1s).await;
println("losers never print done");
