// yield_now() lets the other tasks run wherever it is awaited: in an async fn, async block or
// async closure that a task awaits (however deep), and in the futures join polls.
async fn step(name, i) { println(name, i); yield_now().await; }
async fn deeper(name, i) { step(name, i).await; }

spawn(async { println("other task"); });
async fn two() { println("before"); yield_now().await; println("after"); }
two().await;

let a = spawn(async { for i in 0..3 { step("a", i).await; } });
let b = spawn(async { for i in 0..3 { deeper("b", i).await; } });
let c = spawn(async { for i in 0..3 { async { println("c", i); yield_now().await; }.await; } });
let d_step = async |i| { println("d", i); yield_now().await; };
let d = spawn(async { for i in 0..3 { d_step(i).await; } });
join(a, b, c, d).await;

join(async { step("x", 0).await; step("x", 1).await; }, async { step("y", 0).await; step("y", 1).await; }).await;
