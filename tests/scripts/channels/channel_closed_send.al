// flags: --virtual-time
let ch = channel();
ch.close();
println(try { ch.send(1).await } catch e { e.message });
println(ch.recv().await);
