// flags: --virtual-time
let start = now();
sleep(250ms).await;
println(start.elapsed());
sleep(1000).await;
println(start.elapsed());
sleep(0.5).await;
println(start.elapsed());
sleep(1.5s).await;
println(start.elapsed());
sleep(0s).await;
println(start.elapsed());
