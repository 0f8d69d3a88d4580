// 3a several ready branches
let r = select(async { println("b0 polled"); 0 }, async { println("b1 polled"); 1 }).await;
println("3a", r.index, r.value);
// 3b loser with side effects (started, cancelled, finally)
let r = select(
  async { try { println("A start"); sleep(10ms).await; println("A end"); "a" } finally { println("A finally"); } },
  async { println("B start"); sleep(5ms).await; println("B end"); "b" }).await;
println("3b", r.index, r.value);
// 3b2 first branch pending, second ready: both polled
let r = select(async { println("P start"); sleep(1ms).await; "p" }, async { println("Q ready"); "q" }).await;
println("3b2", r.index, r.value);
// 3b3 loser is a recv that would have been ready: value must stay
let ch = channel();
ch.send(42).await;
let r = select(async { "first" }, ch.recv()).await;
println("3b3", r.index, r.value, ch.len());
println("3b3 recv", ch.recv().await);
// 3c timeout vs sleep with the same deadline
let t0 = now();
let r = try { timeout(10ms, sleep(10ms)).await; "inner" } catch e { str(e) };
println("3c1", r, t0.elapsed());
let t0 = now();
let r = try { timeout(10ms, async { sleep(5ms).await; sleep(5ms).await; "inner" }).await } catch e { str(e) };
println("3c2", r, t0.elapsed());
let s = sleep(10ms);
let r = try { timeout(10ms, s).await; "inner" } catch e { str(e) };
println("3c3", r);
// 3d select between timers with the same deadline
let r = select(async { sleep(5ms).await; sleep(5ms).await; "two-step" }, sleep(10ms)).await;
println("3d1", r.index, r.value);
let r = select(sleep(10ms), async { sleep(5ms).await; sleep(5ms).await; "two-step" }).await;
println("3d2", r.index, r.value);
