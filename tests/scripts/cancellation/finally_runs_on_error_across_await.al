// flags: --virtual-time
// finally blocks in each awaiting function run as an error travels up the chain.
async fn level3() {
    try {
        sleep(5ms).await;
        throw "deep error";
    } finally {
        println("level3 finally");
    }
}
async fn level2() {
    try { level3().await; } finally { println("level2 finally"); }
}
async fn level1() {
    try { level2().await; "not this" } catch e { "level1 caught " + e }
}
println(level1().await);
