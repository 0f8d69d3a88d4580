// An async closure prints as an async fn, as an async fn does.
let c = async |x| x;
let d = |x| x;
async fn e() { 1 }
println(c, d, e);
println(c(1));
println(c(2).await);
