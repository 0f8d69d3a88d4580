// flags: --trace=3 --virtual-time
// --trace=2 shows only task 2's events.
async fn quiet() { sleep(5ms).await; }
async fn loud() { sleep(10ms).await; 42 }
let a = spawn(quiet());
let b = spawn(loud());
a.await;
println(b.await);
