// 7a round robin
async fn rr(name) { for i in 0..3 { println(name, i); yield_now().await; } }
let ts = [spawn(rr("A")), spawn(rr("B")), spawn(rr("C"))];
for t in ts { t.await; }
println("--");
// 7b yielded task vs a task woken by a channel during the same round
let ch = channel();
let c = spawn(async { println("C waits"); let v = ch.recv().await; println("C got", v); });
let a = spawn(async { println("A yields"); yield_now().await; println("A after yield"); });
let b = spawn(async { println("B sends"); ch.send(1).await; println("B sent"); });
c.await; a.await; b.await;
println("--");
// 7c main yields while spawned tasks wake each other
let ch = channel();
let c = spawn(async { let v = ch.recv().await; println("C2 got", v); });
let b = spawn(async { println("B2 sends"); ch.send(2).await; });
yield_now().await;
println("main after yield");
c.await; b.await;
