// flags: --virtual-time
// Two tasks waiting on one interval each get a tick, one period apart: a waiter is never lost.
let iv = interval(10ms);
let start = now();
iv.tick().await;
let a = spawn(async { iv.tick().await; ["a", now() - start] });
let b = spawn(async { iv.tick().await; ["b", now() - start] });
let c = spawn(async { iv.tick().await; ["c", now() - start] });
println(join(a, b, c).await);
