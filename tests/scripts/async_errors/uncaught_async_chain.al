// flags: --virtual-time
// exit: 1
async fn inner() {
    sleep(10ms).await;
    throw "inner exploded";
}
async fn middle() {
    let v = inner().await;
    v
}
async fn outer() {
    middle().await
}
println("start");
outer().await;
println("NOT REACHED");
