// flags: --virtual-time
// Under virtual time the clock jumps to the end of time like to any timer.
let start = now();
sleep(9223372036854775807).await;
println("woke", start.elapsed() > 1000000s);
