// flags: --virtual-time
// exit: 1
let x = 5;
println(try { x.await } catch e { e.message });
let s = "text";
s.await;
