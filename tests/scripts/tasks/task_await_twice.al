// flags: --virtual-time
let t = spawn(async { 5 });
println(t.await, t.await);
