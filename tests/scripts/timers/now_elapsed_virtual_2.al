// flags: --virtual-time
let t0 = now();
println(typeof(t0), t0.elapsed());
sleep(1h).await;
println(t0.elapsed());
sleep(1500ms).await;
println(t0.elapsed());
