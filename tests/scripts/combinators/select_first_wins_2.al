// flags: --virtual-time
async fn after(d, v) {
    try {
        sleep(d).await;
        v
    } finally {
        println("finally of", v);
    }
}
let r = select(after(300ms, "slow"), after(100ms, "fast")).await;
println(r, r.index, r.value);
