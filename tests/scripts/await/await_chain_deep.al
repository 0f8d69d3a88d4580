// An await chain 100000 deep: each level awaits the next.
async fn f(d) { if d == 0 { 0 } else { f(d - 1).await + 1 } }
println(f(100000).await);
