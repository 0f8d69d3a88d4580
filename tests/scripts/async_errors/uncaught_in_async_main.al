// exit: 1
async fn load(n) {
    yield_now().await;
    if n > 2 { throw "load {n} failed"; }
    n
}
async fn main() {
    for i in 1..=5 {
        println("loaded", load(i).await);
    }
}
