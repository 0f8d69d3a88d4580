// flags: --virtual-time
async fn fails() {
    sleep(100ms).await;
    throw "failure in join";
}
async fn slow() {
    try {
        sleep(1s).await;
        println("slow finished (should not happen)");
    } finally {
        println("slow cancelled");
    }
}
let r = try { join(slow(), fails()).await } catch e { "caught: " + e };
println(r);
