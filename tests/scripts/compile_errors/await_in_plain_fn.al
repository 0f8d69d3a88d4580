// exit: 1
async fn fetch() { 1 }
fn plain() {
    let v = fetch().await;
    v
}
println("never runs");
