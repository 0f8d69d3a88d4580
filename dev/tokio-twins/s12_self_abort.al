fn show(t) { async { try { let v = t.await; "ok " + str(v) } catch e { "err " + str(e) } } }
let h = {t: nil};
h.t = spawn(async { yield_now().await; h.t.abort(); println("after self abort"); sleep(1ms).await; println("never?"); 1 });
println("12a", show(h.t).await);
let h2 = {t: nil};
h2.t = spawn(async { yield_now().await; h2.t.abort(); println("after self abort, returning"); 2 });
println("12b", show(h2.t).await);
let h3 = {t: nil};
h3.t = spawn(async { yield_now().await; h3.t.abort(); println("self abort then yield"); yield_now().await; println("after yield?"); 3 });
println("12c", show(h3.t).await);
// orphan child keeps running after parent ends
let p = spawn(async { spawn(async { sleep(5ms).await; println("child still ran"); }); "parent done" });
println("12d", p.await);
sleep(10ms).await;
// semaphore over-release
let s = Semaphore(1);
s.release(); s.release();
println("12e available", s.available());
