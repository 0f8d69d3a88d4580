// 4a Mutex fairness: waiters queue, releaser re-locks at once
let m = Mutex(0);
let g = m.lock().await;
async fn mw(name, m) { println(name, "wants lock"); let g = m.lock().await; g.value += 1; println(name, "got lock", g.value); sleep(1ms).await; g.unlock(); println(name, "unlocked"); }
let ts = [spawn(mw("W1", m)), spawn(mw("W2", m)), spawn(mw("W3", m))];
yield_now().await;
g.unlock();
println("main unlocked");
let g = m.lock().await;
println("main relocked", g.value);
g.unlock();
for t in ts { t.await; }
println("--");
// 4b lock held across await, holder aborted while sleeping
let holder = spawn(async { let g = m.lock().await; println("holder got"); sleep(100ms).await; println("holder never"); });
let waiter = spawn(async { sleep(1ms).await; println("waiter wants"); let g = m.lock().await; println("waiter got", g.value, now() - t0); });
let t0 = now();
sleep(10ms).await;
holder.abort();
println("aborted holder");
waiter.await;
println("--");
// 4c semaphore
let s = Semaphore(2);
async fn sw(name, s, d) { s.acquire().await; println(name, "acquired"); sleep(d).await; println(name, "releasing"); s.release(); }
let ts = [spawn(sw("S1", s, 10ms)), spawn(sw("S2", s, 5ms)), spawn(sw("S3", s, 1ms)), spawn(sw("S4", s, 1ms)), spawn(sw("S5", s, 1ms))];
for t in ts { t.await; }
println("--");
// 4c2 release then immediately acquire while others wait
let s = Semaphore(1);
s.acquire().await;
let ts = [spawn(sw("R1", s, 1ms)), spawn(sw("R2", s, 1ms))];
yield_now().await;
s.release();
s.acquire().await;
println("main reacquired");
s.release();
for t in ts { t.await; }
println("--");
// 4d Notify
let n = Notify();
n.notify_one();
n.notify_one();
n.notified().await;
println("first notified passes (stored permit)");
let r = try { timeout(5ms, n.notified()).await; "passed" } catch e { "timed out" };
println("second notified:", r);
async fn nw(name, n) { n.notified().await; println(name, "notified"); }
let ts = [spawn(nw("N1", n)), spawn(nw("N2", n)), spawn(nw("N3", n))];
yield_now().await;
n.notify_one();
yield_now().await;
println("notify_all");
n.notify_all();
for t in ts { t.await; }
n.notify_all();
let r = try { timeout(5ms, n.notified()).await; "passed" } catch e { "timed out" };
println("notified after notify_all with no waiters:", r);
let f = n.notified();
n.notify_all();
let r = try { timeout(5ms, f).await; "passed" } catch e { "timed out" };
println("notified created before notify_all, polled after:", r);
