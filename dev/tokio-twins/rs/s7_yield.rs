// FIFO=1: a plain re-queue (wake_by_ref) instead of Tokio 1.24's deferred yield; SPAWNED=1: body runs as a spawned task
async fn yield_now() {
    if std::env::var("FIFO").is_ok() {
        let mut done = false;
        std::future::poll_fn(|cx| if done { std::task::Poll::Ready(()) } else { done = true; cx.waker().wake_by_ref(); std::task::Poll::Pending }).await
    } else { tokio::task::yield_now().await }
}
use tokio::sync::mpsc;
async fn rr(name: &'static str) { for i in 0..3 { println!("{} {}", name, i); yield_now().await; } }
async fn body() {
    let ts = vec![tokio::spawn(rr("A")), tokio::spawn(rr("B")), tokio::spawn(rr("C"))];
    for t in ts { t.await.unwrap(); }
    println!("--");
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    let c = tokio::spawn(async move { println!("C waits"); let v = rx.recv().await.unwrap(); println!("C got {}", v); });
    let a = tokio::spawn(async { println!("A yields"); yield_now().await; println!("A after yield"); });
    let b = tokio::spawn(async move { println!("B sends"); tx.send(1).unwrap(); println!("B sent"); });
    c.await.unwrap(); a.await.unwrap(); b.await.unwrap();
    println!("--");
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    let c = tokio::spawn(async move { let v = rx.recv().await.unwrap(); println!("C2 got {}", v); });
    let b = tokio::spawn(async move { println!("B2 sends"); tx.send(2).unwrap(); });
    yield_now().await;
    println!("main after yield");
    c.await.unwrap(); b.await.unwrap();
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    if std::env::var("SPAWNED").is_ok() { tokio::spawn(body()).await.unwrap(); } else { body().await; }
}
