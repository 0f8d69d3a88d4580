// a select loser that was granted a resource while pending, in the same instant its sibling won
let m = Mutex(0);
let g = m.lock().await;
let t = spawn(async { let r = select(sleep(10ms), m.lock()).await; println("T select index", r.index); });
let w = spawn(async { sleep(1ms).await; let g = m.lock().await; println("W got the lock"); g.unlock(); });
sleep(10ms).await;       // main's timer was set before T's and W's
g.unlock();
t.await;
println("13a", try { timeout(5ms, w).await; "ok" } catch e { str(e) });
let s = Semaphore(0);
let t = spawn(async { let r = select(sleep(10ms), s.acquire()).await; println("T select index", r.index); });
let w = spawn(async { sleep(1ms).await; s.acquire().await; println("W acquired"); });
sleep(10ms).await;
s.release();
t.await;
println("13b", try { timeout(5ms, w).await; "ok" } catch e { str(e) });
let ch = channel();
let t = spawn(async { let r = select(sleep(10ms), ch.recv()).await; println("T select index", r.index); });
sleep(10ms).await;
ch.send("v").await;
t.await;
println("13c", try { timeout(5ms, ch.recv()).await } catch e { str(e) });
let n = Notify();
let t = spawn(async { let r = select(sleep(10ms), n.notified()).await; println("T select index", r.index); });
let w = spawn(async { sleep(1ms).await; n.notified().await; println("W notified"); });
sleep(10ms).await;
n.notify_one();
t.await;
println("13d", try { timeout(5ms, w).await; "ok" } catch e { str(e) });
