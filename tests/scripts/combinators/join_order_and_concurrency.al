// flags: --virtual-time
async fn after(d, v) {
    sleep(d).await;
    println("finished", v);
    v
}
let start = now();
let out = join(after(300ms, "slow"), after(100ms, "fast"), after(200ms, "mid")).await;
println(out, start.elapsed());
println(join().await);
