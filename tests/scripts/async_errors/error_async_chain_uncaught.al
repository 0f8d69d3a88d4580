// flags: --virtual-time
// exit: 1
async fn inner() {
    sleep(1ms).await;
    throw "bad thing";
}
async fn middle() {
    inner().await
}
async fn outer() {
    middle().await;
}
outer().await;
