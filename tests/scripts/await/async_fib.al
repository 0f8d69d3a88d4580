// Async recursion: sequential awaits, and the same with join.
async fn fib(n) {
    if n < 2 { n } else { fib(n - 1).await + fib(n - 2).await }
}
println(fib(15).await);
async fn pfib(n) {
    if n < 2 {
        n
    } else {
        let r = join(pfib(n - 1), pfib(n - 2)).await;
        r[0] + r[1]
    }
}
println(pfib(12).await);
