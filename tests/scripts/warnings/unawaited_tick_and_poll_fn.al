// flags: --virtual-time
// interval(d).tick() and poll_fn(f) make futures like the other built-ins: dropped unawaited
// by an expression statement, they warn once per site.
let iv = interval(10ms);
iv.tick();
poll_fn(|cx| Pending);
let pf = poll_fn(|cx| Ready(1));
pf;
for i in 0..3 { iv.tick(); }
println(pf.await, iv.tick().await);
