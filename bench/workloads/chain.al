// An await chain of depth N: f(d) = f(d - 1).await + 1. Default 5,000.
async fn chain(d) { if d == 0 { 0 } else { chain(d - 1).await + 1 } }
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 5000 };
println(chain(n).await);
