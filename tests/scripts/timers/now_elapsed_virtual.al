// flags: --virtual-time
// Under --virtual-time the clock jumps straight to the next timer.
let start = now();
sleep(1s).await;
sleep(500ms).await;
println(start.elapsed());
let e = start.elapsed();
println(typeof(e), e == 1.5s, e > 1s, e < 2s);
sleep(3600s).await;
println(start.elapsed());
let mid = now();
sleep(250ms).await;
println(mid.elapsed(), start.elapsed() - mid.elapsed());
