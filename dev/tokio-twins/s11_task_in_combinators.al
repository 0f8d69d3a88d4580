// a Task given to select / timeout / join and then dropped: does the task keep running?
async fn job(name, d) { try { sleep(d).await; println(name, "finished"); name } finally { println(name, "finally"); } }
let t1 = spawn(job("T1", 10ms));
let t2 = spawn(job("T2", 5ms));
let r = select(t1, t2).await;
println("select winner", r.index, r.value);
let t3 = spawn(job("T3", 20ms));
try { timeout(1ms, t3).await; } catch e { println("timeout:", str(e)); }
async fn boom() { sleep(2ms).await; throw "boom"; }
let t4 = spawn(job("T4", 30ms));
try { join(t4, boom()).await; } catch e { println("join:", e); }
sleep(50ms).await;
println("main done");
