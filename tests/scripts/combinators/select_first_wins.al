// flags: --virtual-time
// select: the first future to complete wins; output is {index, value}.
async fn after(ms, v) {
    sleep(ms).await;
    v
}
let t = now();
let r = select(after(300, "slow"), after(100, "fast"), after(200, "mid")).await;
println(r);
println(r.index, r.value, typeof(r));
println(t.elapsed());
