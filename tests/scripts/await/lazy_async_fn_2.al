// flags: --virtual-time
async fn work() {
    println("body runs");
    7
}
let f = work();
println("created:", typeof(f));
println("awaiting...");
println("result:", f.await);
