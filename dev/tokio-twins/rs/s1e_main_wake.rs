use tokio::sync::mpsc;
async fn body() {
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    let d = tokio::spawn(async move { let v = rx.recv().await.unwrap(); println!("D got {}", v); });
    let a = tokio::spawn(async { println!("A done"); });
    let c = tokio::spawn(async move { tx.send(1).unwrap(); println!("C sent"); });
    a.await.unwrap();
    println!("main resumed");
    d.await.unwrap(); c.await.unwrap();
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    if std::env::var("SPAWNED").is_ok() { tokio::spawn(body()).await.unwrap(); } else { body().await; }
}
