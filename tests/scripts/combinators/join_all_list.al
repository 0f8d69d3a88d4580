// flags: --virtual-time
// join_all takes a List of futures.
async fn sq(x) {
    sleep((5 - x) * 10).await;
    x * x
}
let futs = [];
for i in 1..5 {
    futs.push(sq(i));
}
println(typeof(futs[0]), len(futs));
let t = now();
println(join_all(futs).await);
println(t.elapsed());
println(join_all([1, 2, 3].map(|x| sq(x))).await);
println(join_all([]).await);
