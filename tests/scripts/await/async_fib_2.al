// flags: --virtual-time
async fn fib(n) {
    if n < 2 { n } else { fib(n - 1).await + fib(n - 2).await }
}
println(fib(15).await);
