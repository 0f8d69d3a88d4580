// flags: --virtual-time
println("top level first");
async fn main() {
    println("async main starts");
    sleep(100ms).await;
    println("async main ends");
}
