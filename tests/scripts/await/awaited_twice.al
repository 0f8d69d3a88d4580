// flags: --virtual-time
// exit: 1
async fn one() { 1 }
let f = one();
println(f.await);
println(try { f.await } catch e { e.message });
f.await;
