let n = Notify();
let f = n.notified();
n.notify_one();
println("notify_one, created-before:", try { timeout(5ms, f).await; "passed" } catch e { "timed out" });
let f1 = n.notified();
let f2 = n.notified();
n.notify_all();
println("notify_all, 2 created-before:", try { timeout(5ms, join(f1, f2)).await; "passed" } catch e { "timed out" });
