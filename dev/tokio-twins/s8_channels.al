async fn prod(name, ch, n) {
  for i in 0..n { ch.send(name + str(i)).await; println(name, "sent", i); }
  println(name, "done");
}
// 8a unbounded, 3 producers, no yields
let ch = channel();
let ps = [spawn(prod("a", ch, 3)), spawn(prod("b", ch, 3)), spawn(prod("c", ch, 3))];
for p in ps { p.await; }
let got = [];
while ch.len() > 0 { got.push(ch.recv().await); }
println("8a", got);
println("--");
// 8b bounded(2), 3 producers, consumer in main
let ch = channel(2);
let ps = [spawn(prod("a", ch, 3)), spawn(prod("b", ch, 3)), spawn(prod("c", ch, 3))];
for i in 0..9 { println("recv", ch.recv().await, "len", ch.len()); }
for p in ps { p.await; }
println("--");
// 8c bounded(2), consumer task slow, producers spawned after consumer
let ch = channel(2);
let c = spawn(async { for i in 0..9 { let v = ch.recv().await; println("recv", v); sleep(1ms).await; } });
let ps = [spawn(prod("a", ch, 3)), spawn(prod("b", ch, 3)), spawn(prod("c", ch, 3))];
c.await;
for p in ps { p.await; }
println("--");
// 8d bounded(2), consumer yields between recvs
let ch = channel(2);
let ps = [spawn(prod("a", ch, 3)), spawn(prod("b", ch, 3)), spawn(prod("c", ch, 3))];
let c = spawn(async { for i in 0..9 { let v = ch.recv().await; println("recv", v); yield_now().await; } });
c.await;
for p in ps { p.await; }
println("--");
// 8e bounded(2), close while producers wait
let ch = channel(2);
async fn prod2(name, ch, n) {
  for i in 0..n { try { ch.send(name + str(i)).await; println(name, "sent", i); } catch e { println(name, "refused", i); return; } }
}
let ps = [spawn(prod2("a", ch, 3)), spawn(prod2("b", ch, 3)), spawn(prod2("c", ch, 3))];
yield_now().await;
println("recv", ch.recv().await);
println("recv", ch.recv().await);
ch.close();
println("closed");
let v = ch.recv().await;
while v != nil { println("recv", v); v = ch.recv().await; }
println("recv nil");
for p in ps { p.await; }
