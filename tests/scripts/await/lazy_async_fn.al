// Calling an async fn creates a Future and runs nothing of its body.
async fn work(n) {
    println("work({n}) body runs");
    n * 2
}

println("before call");
let f = work(21);
println("after call, before await:", typeof(f));
let v = f.await;
println("after await:", v);
