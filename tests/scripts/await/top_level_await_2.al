// flags: --virtual-time
async fn value() { 41 }
let v = value().await + 1;
println(v);
sleep(1s).await;
println("slept", now().elapsed() >= 0s);
