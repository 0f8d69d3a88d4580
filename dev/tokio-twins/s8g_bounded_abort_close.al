let ch = channel(2);
async fn p(name, ch, v) { let r = try { ch.send(v).await; "sent" } catch e { "refused" }; println(name, r, v); }
ch.send(1).await; ch.send(2).await;
let a = spawn(p("a", ch, 10));
let b = spawn(p("b", ch, 20));
let c = spawn(p("c", ch, 30));
yield_now().await;
println("recv", ch.recv().await);   // slot goes to a
a.abort();                           // a never puts 10 in: slot passes to b
println("recv", ch.recv().await);   // slot goes to c
yield_now().await;
println("after yield");
println("recv", ch.recv().await);
ch.close();
println("closed");
let v = ch.recv().await;
while v != nil { println("drain", v); v = ch.recv().await; }
println("drained");
try { a.await; } catch e { println("a:", str(e)); }
b.await; c.await;
