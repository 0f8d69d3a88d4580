let ch = channel();
let d = spawn(async { let v = ch.recv().await; println("D got", v); });
let a = spawn(async { println("A done"); });
let c = spawn(async { ch.send(1).await; println("C sent"); });
a.await;              // main is woken by A before C wakes D
println("main resumed");
d.await; c.await;
