async fn fin(name, d) { try { println(name, "started"); sleep(d).await; name } finally { println(name, "finally"); } }
// 10a select losers' finally order
let r = select(fin("x", 10ms), fin("y", 10ms), fin("z", 1ms)).await;
println("10a winner", r.index);
// 10b select cancelling a join
let r = select(join(fin("j1", 10ms), fin("j2", 10ms), fin("j3", 10ms)), fin("w", 1ms)).await;
println("10b winner", r.index);
// 10c nested finally on abort
async fn outer() { try { println("outer start"); fin("inner", 100ms).await; } finally { println("outer finally"); } }
let t = spawn(outer());
sleep(1ms).await;
t.abort();
try { t.await; } catch e { println("10c", str(e)); }
// 10d timeout cancelling a join
try { timeout(5ms, join(fin("k1", 10ms), fin("k2", 1ms), fin("k3", 10ms))).await; } catch e { println("10d", str(e)); }
