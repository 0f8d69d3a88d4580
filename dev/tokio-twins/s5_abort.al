fn show(t) { async { try { let v = t.await; "ok " + str(v) } catch e { "err " + str(e) } } }
// 5a abort a sleeping task
let t = spawn(async { try { println("T sleeping"); sleep(100ms).await; println("T never"); 1 } finally { println("T finally"); } });
sleep(1ms).await;
t.abort();
println("after abort, finished?", t.is_finished());
println("5a", show(t).await, t.is_finished());
// 5b abort before it ever ran
let t = spawn(async { println("U body ran"); 2 });
t.abort();
println("5b", show(t).await);
// 5c abort a task that already finished
let t = spawn(async { println("V done"); 3 });
yield_now().await;
println("V finished?", t.is_finished());
t.abort();
println("5c", show(t).await);
// 5d abort of a task woken at the same instant (it was woken before main)
let t = spawn(async { sleep(10ms).await; println("X woke"); 4 });
yield_now().await;
sleep(10ms).await;
t.abort();
println("5d", show(t).await);
// 5e abort of a task woken at the same instant (main woke first)
let sl = sleep(10ms);
let t = spawn(async { sleep(10ms).await; println("Y woke"); 5 });
sl.await;
println("Y finished?", t.is_finished());
t.abort();
println("5e", show(t).await);
// 5f value in flight: receiver woken with a value, aborted before it runs
let ch = channel();
let r = spawn(async { let v = ch.recv().await; println("R got", v); });
yield_now().await;
ch.send("v1").await;
r.abort();
println("5f", show(r).await, "len", ch.len());
let r2 = spawn(async { let v = ch.recv().await; println("R2 got", v); });
ch.send("v2").await;
r2.await;
println("5f main recv", try { timeout(1ms, ch.recv()).await } catch e { str(e) });
// 5g bounded channel: same
let bc = channel(2);
let r = spawn(async { let v = bc.recv().await; println("BR got", v); });
yield_now().await;
bc.send("b1").await;
r.abort();
println("5g", show(r).await, "len", bc.len());
println("5g main recv", try { timeout(1ms, bc.recv()).await } catch e { str(e) });
// 5h mutex handed to an aborted waiter
let m = Mutex(0);
let g = m.lock().await;
let a = spawn(async { let g = m.lock().await; println("MA got lock"); g.unlock(); });
let b = spawn(async { let g = m.lock().await; println("MB got lock"); g.unlock(); });
yield_now().await;
g.unlock();
a.abort();
println("5h", show(a).await, show(b).await);
// 5i semaphore permit handed to an aborted waiter
let s = Semaphore(0);
let a = spawn(async { s.acquire().await; println("SA acquired"); });
let b = spawn(async { s.acquire().await; println("SB acquired"); });
yield_now().await;
s.release();
a.abort();
println("5i", show(a).await, show(b).await);
// 5j notify_one to a waiter aborted before it runs
let n = Notify();
let a = spawn(async { n.notified().await; println("NA notified"); });
let b = spawn(async { n.notified().await; println("NB notified"); });
yield_now().await;
n.notify_one();
a.abort();
println("5j", show(a).await);
println("5j", try { timeout(5ms, b).await; "b ran" } catch e { "b: " + str(e) });
