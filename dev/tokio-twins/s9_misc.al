// 9a timeout(0) with ready inner / pending inner; select with sleep(0) first
println("9a", try { timeout(0ms, async { 1 }).await } catch e { str(e) });
println("9a", try { timeout(0ms, yield_now()).await; "inner" } catch e { str(e) });
println("9a", select(sleep(0ms), async { "ready" }).await.index);
// 9b the clock does not advance while some task keeps yielding
let t0 = now();
let b = spawn(async { sleep(1ms).await; println("B woke at", t0.elapsed()); });
let a = spawn(async { for i in 0..50 { yield_now().await; } println("A done at", t0.elapsed()); });
a.await; b.await;
// 9c expired sleep created earlier
let s = sleep(5ms);
sleep(10ms).await;
let t1 = now();
s.await;
println("9c expired sleep took", t1.elapsed());
// 9d main exit cancels tasks: which finally blocks run, in what order
async fn fin(name, d) { try { println(name, "started"); sleep(d).await; } finally { println(name, "finally"); } }
spawn(fin("F1", 100ms));
spawn(fin("F2", 50ms));
spawn(fin("F3", 200ms));
yield_now().await;
spawn(fin("F4 (never polled)", 10ms));
println("main exits");
