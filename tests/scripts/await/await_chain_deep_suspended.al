// A 100000-deep await chain whose bottom suspends: the wake resumes the whole chain.
async fn g(d) {
    if d == 0 {
        yield_now().await;
        return "bottom";
    }
    g(d - 1).await
}
println(g(100000).await);
