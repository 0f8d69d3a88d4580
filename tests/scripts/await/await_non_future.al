// Awaiting something that is not a Future (or Task) throws.
async fn check(v) {
    try { v.await; "awaited" } catch e { e.message }
}
println(check(5).await);
println(check("s").await);
println(check(nil).await);
println(check([1]).await);
println(check(1.5).await);
println(check(250ms).await);
println(check(async { 7 }).await);
