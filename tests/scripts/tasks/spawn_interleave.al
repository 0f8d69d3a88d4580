// flags: --virtual-time
async fn worker(name, n) {
    for i in 0..n {
        println(name, i);
        yield_now().await;
    }
    name + " done"
}
let a = spawn(worker("a", 3));
let b = spawn(worker("b", 3));
println(a.await, b.await);
