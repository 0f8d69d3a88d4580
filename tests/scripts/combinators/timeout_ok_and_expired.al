// flags: --virtual-time
async fn take(d) { sleep(d).await; "took {d}" }
println(timeout(1s, take(100ms)).await);
println(try { timeout(250ms, take(1s)).await } catch e { e.message });
let e = try { timeout(10ms, take(1s)).await } catch e { e };
println(typeof(e), str(e));
