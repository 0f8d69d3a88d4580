// flags: --virtual-time
// A sleep's deadline is set when the sleep is created (as in Tokio), and timers due at the
// same instant fire in the order their deadlines were set, whichever was polled first.
let a = sleep(10ms);
let b = sleep(10ms);
let out = [];
let tb = spawn(async { b.await; out.push("b"); });
let ta = spawn(async { a.await; out.push("a"); });
join(ta, tb).await;
println(out);

// x is set at 0 for 10ms; y at 5ms for 5ms: both are due at 10ms, x set first.
let x = sleep(10ms);
sleep(5ms).await;
let y = sleep(5ms);
let order = [];
let ty = spawn(async { y.await; order.push("y"); });
let tx = spawn(async { x.await; order.push("x"); });
join(tx, ty).await;
println(order);

// The same for timeouts: both expire at 20ms; the one made first fires first.
let t1 = timeout(20ms, sleep(1s));
let t2 = timeout(20ms, sleep(1s));
let fired = [];
let w2 = spawn(async { try { t2.await } catch e { fired.push("t2") } });
let w1 = spawn(async { try { t1.await } catch e { fired.push("t1") } });
join(w1, w2).await;
println(fired);
