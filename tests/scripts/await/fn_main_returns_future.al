// flags: --virtual-time
// If `fn main` returns a future, that future is awaited (block_on).
fn main() {
    println("sync main");
    async {
        sleep(1s).await;
        println("future returned by main was awaited");
    }
}
println("top level");
