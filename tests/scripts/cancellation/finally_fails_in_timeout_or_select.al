// flags: --virtual-time
// A finally block that throws while a timeout or select cancels its future: the error comes
// out of the timeout or select (as a panic in a Rust future's drop unwinds through the poll
// that dropped it), instead of "timed out" or the winner's output.
fn text(e) { if typeof(e) == "string" { e } else { e.message } }
async fn worker(name) {
    try { sleep(1s).await; } finally { println(name, "cleans up"); throw name + " cleanup failed"; }
}
println(try { timeout(10ms, worker("a")).await } catch e { text(e) });
println(try { select(worker("b"), sleep(10ms)).await } catch e { text(e) });
// Cancelled cleanly, the usual outputs.
async fn quiet() { try { sleep(1s).await; } finally { println("quiet cleans up"); } }
println(try { timeout(10ms, quiet()).await } catch e { text(e) });
println(select(quiet(), sleep(10ms)).await);
// Nested: the inner timeout's cancel passes the failure to the outer one.
println(try { timeout(10ms, timeout(1h, worker("c"))).await } catch e { text(e) });
// A task aborted while it awaits a timeout: its report names the cleanup failure.
let t = spawn(async { timeout(1h, worker("d")).await });
sleep(1ms).await;
t.abort();
println(try { t.await } catch e { text(e) });
