// A duration too long for the clock means "never": not an error, not a deadlock.
let r = select(sleep(9223372036854775807), sleep(10ms)).await;
println(r.index);
let t = try { timeout(20ms, sleep(9223372036854775807)).await } catch e { e.message };
println(t);
