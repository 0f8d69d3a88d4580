// X's timer is set before main's; both due at 10ms
fn show(t) { async { try { let v = t.await; "ok " + str(v) } catch e { "err " + str(e) } } }
let t = spawn(async { sleep(10ms).await; println("X woke"); 4 });
yield_now().await;
sleep(10ms).await;
println("main woke");
t.abort();
println("5d", show(t).await);
