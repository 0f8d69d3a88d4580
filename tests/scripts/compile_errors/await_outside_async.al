// exit: 1
async fn fetch() { 42 }
fn not_async() {
    fetch().await
}
