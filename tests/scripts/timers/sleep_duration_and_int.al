// flags: --virtual-time
// sleep takes a Duration, or a number of milliseconds (Int or Float).
let t = now();
sleep(250ms).await;
println(t.elapsed());
sleep(250).await;
println(t.elapsed());
sleep(0.5s).await;
println(t.elapsed());
sleep(1.5).await;
println(t.elapsed());
sleep(2s).await;
println(t.elapsed());
println(t.elapsed() == 3s + 1.5ms, typeof(sleep(10ms)));
