// flags: --virtual-time
// Spawned tasks run concurrently with each other, and their handles can be
// awaited in any order.
async fn job(name, ms) {
    sleep(ms).await;
    println(name, "finished at", t0.elapsed());
    name
}
let t0 = now();
let a = spawn(job("a", 300ms));
let b = spawn(job("b", 100ms));
let c = spawn(job("c", 200ms));
println(b.await, c.await, a.await);
println("total", t0.elapsed());
