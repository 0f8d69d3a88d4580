async fn prod(name, ch, n, pause) {
  for i in 0..n {
    let r = try { ch.send(name + str(i)).await; "sent" } catch e { "refused" };
    println(name, r, i);
    if r == "refused" { return; }
    if pause > 0 { sleep(pause).await; } else { yield_now().await; }
  }
}
fn poll_now(ch) { async { try { timeout(0ms, ch.recv()).await } catch e { "<empty>" } } }
let ch = channel(2);
let ps = [spawn(prod("a", ch, 4, 0)), spawn(prod("b", ch, 3, 1)), spawn(prod("c", ch, 3, 0))];
yield_now().await;
println("poll", poll_now(ch).await);
println("poll", poll_now(ch).await);
println("poll", poll_now(ch).await);
yield_now().await;
println("poll", poll_now(ch).await);
println("recv", ch.recv().await);
sleep(1ms).await;
println("poll", poll_now(ch).await);
println("recv", ch.recv().await);
// cancel a waiting sender with select, then drain
let s = select(ch.send("x-select"), sleep(0ms)).await;
println("select index", s.index);
for i in 0..4 { println("recv", ch.recv().await); yield_now().await; }
sleep(5ms).await;
println("poll", poll_now(ch).await);
ch.close();
let v = ch.recv().await;
while v != nil { println("drain", v); v = ch.recv().await; }
println("drained");
for p in ps { p.await; }
