// flags: --virtual-time
async fn f(d) {
    if d == 0 { 0 } else { f(d - 1).await + 1 }
}
println(f(100000).await);
async fn g(d) {
    if d == 0 { yield_now().await; 0 } else { g(d - 1).await + 1 }
}
println(g(100000).await);
