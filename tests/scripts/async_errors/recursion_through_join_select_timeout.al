// An async fn that recurses through join, select or timeout without end runs out of the
// real stack (each level polls the next from inside its own poll): a catchable `stack
// overflow`, as through plain awaits, never an internal error.
async fn via_join(n) { join(via_join(n + 1)).await }
async fn via_select(n) { select(via_select(n + 1)).await }
async fn via_timeout(n) { timeout(10s, via_timeout(n + 1)).await }
println("join:", try { via_join(0).await } catch e { e.message });
println("select:", try { via_select(0).await } catch e { e.message });
println("timeout:", try { via_timeout(0).await } catch e { e.message });
// A finite chain of a thousand joins is fine.
async fn depth(n) { if n == 0 { 0 } else { join(depth(n - 1)).await[0] + 1 } }
println(depth(1000).await);
