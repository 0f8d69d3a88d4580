// flags: --virtual-time
// notify_all releases every notified() future made before it, polled or not yet (as Tokio's
// notify_waiters); a future made after it waits for the next notification.
let n = Notify();
let f = n.notified();
n.notify_one();
println("notify_one, created-before:", try { timeout(5ms, f).await; "passed" } catch e { "timed out" });
let f1 = n.notified();
let f2 = n.notified();
n.notify_all();
println("notify_all, 2 created-before:", try { timeout(5ms, join(f1, f2)).await; "passed" } catch e { "timed out" });
let late = n.notified();
println("made after notify_all:", try { timeout(5ms, late).await; "passed" } catch e { "timed out" });
