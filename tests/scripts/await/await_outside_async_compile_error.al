// exit: 1
// .await outside an async fn or block is a compile error; nothing runs.
println("NEVER PRINTED: the file is checked before it runs");
fn not_async() {
    sleep(1s).await
}
async fn outer() {
    let g = || sleep(1s).await;
    g
}
