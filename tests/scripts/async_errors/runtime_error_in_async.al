// flags: --virtual-time
// exit: 1
async fn compute(list) {
    yield_now().await;
    list[10]
}
async fn caller() {
    let v = compute([1, 2]).await;
    v + 1
}
println(caller().await);
