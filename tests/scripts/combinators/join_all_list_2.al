// flags: --virtual-time
async fn square(x) { yield_now().await; x * x }
let futures = [];
for i in 1..=5 { futures.push(square(i)); }
println(join_all(futures).await);
