// N tasks, spawned in order, each sleeping the same duration set at the same instant
async fn sl(name, d) { sleep(d).await; print(name, ""); }
for d in [10ms, 100ms, 1s, 5s, 100s, 2000s] {
  let ts = [];
  for name in ["A", "B", "C", "D"] { ts.push(spawn(sl(name, d))); }
  for t in ts { t.await; }
  println(" <-", d);
}
// a later-set timer in a lower wheel level with the same deadline
let t0 = now();
let a = spawn(async { sleep(100ms).await; println("A (set at 0ms for 100ms)"); });
let b = spawn(async { sleep(70ms).await; sleep(30ms).await; println("B (set at 70ms for 30ms)"); });
a.await; b.await;
let a = spawn(async { sleep(5000ms).await; println("A (set at 0 for 5000ms)"); });
let b = spawn(async { sleep(4100ms).await; sleep(900ms).await; println("B (set at 4100 for 900ms)"); });
let c = spawn(async { sleep(4995ms).await; sleep(5ms).await; println("C (set at 4995 for 5ms)"); });
a.await; b.await; c.await;
