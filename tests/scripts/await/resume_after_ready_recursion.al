// A recursive async fn that completes without suspending, then another recursive
// async fn whose innermost level suspends: both give their values.
async fn f(d) { if d == 0 { 0 } else { f(d - 1).await } }
println(f(1).await);
async fn g(d) {
    if d == 0 {
        yield_now().await;
        "bottom"
    } else {
        g(d - 1).await
    }
}
println(g(1).await);
