// same-instant timers
async fn sl(name, d) { sleep(d).await; println(name, "woke"); }
async fn sl2(name, d) { sleep(d / 2).await; sleep(d / 2).await; println(name, "woke"); }
let t = [spawn(sl("A", 10ms)), spawn(sl2("B", 10ms)), spawn(sl("C", 10ms))];
for x in t { x.await; }
println("--");
let t = [spawn(sl("A", 100s)), spawn(sl2("B", 100s)), spawn(sl("C", 100s))];
for x in t { x.await; }
println("--");
// deadline created in one order, first polled in the other
let sb = sleep(10ms);
let sa = sleep(10ms);
let ta = spawn(async { sa.await; println("a woke (created 2nd, polled 1st)"); });
let tb = spawn(async { sb.await; println("b woke (created 1st, polled 2nd)"); });
ta.await; tb.await;
println("--");
// sub-millisecond deadlines
let t0 = now();
let x = spawn(async { sleep(10.7ms).await; println("x 10.7ms woke", t0.elapsed()); });
let y = spawn(async { sleep(10.2ms).await; println("y 10.2ms woke", t0.elapsed()); });
x.await; y.await;
let t0 = now();
sleep(0.3ms).await;
println("0.3ms sleep took", t0.elapsed());
