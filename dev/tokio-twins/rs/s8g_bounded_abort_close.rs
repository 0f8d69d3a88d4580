// yield_now: Tokio 1.24's defers the wake until the run queue is empty;
// with FIFO=1 use a plain re-queue (wake_by_ref), as asynclang's yield_now does.
async fn yield_now() {
    if std::env::var("FIFO").is_ok() {
        let mut done = false;
        std::future::poll_fn(|cx| if done { std::task::Poll::Ready(()) } else { done = true; cx.waker().wake_by_ref(); std::task::Poll::Pending }).await
    } else { tokio::task::yield_now().await }
}
use tokio::sync::mpsc;
async fn p(name: &'static str, ch: mpsc::Sender<i32>, v: i32) { let r = if ch.send(v).await.is_ok() { "sent" } else { "refused" }; println!("{} {} {}", name, r, v); }
async fn body() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    tx.send(1).await.unwrap(); tx.send(2).await.unwrap();
    let a = tokio::spawn(p("a", tx.clone(), 10));
    let b = tokio::spawn(p("b", tx.clone(), 20));
    let c = tokio::spawn(p("c", tx.clone(), 30));
    drop(tx);
    yield_now().await;
    println!("recv {}", rx.recv().await.unwrap());
    a.abort();
    println!("recv {}", rx.recv().await.unwrap());
    yield_now().await;
    println!("after yield");
    println!("recv {}", rx.recv().await.unwrap());
    rx.close();
    println!("closed");
    while let Some(v) = rx.recv().await { println!("drain {}", v); }
    println!("drained");
    if a.await.is_err() { println!("a: task was aborted"); }
    b.await.unwrap(); c.await.unwrap();
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    if std::env::var("SPAWNED").is_ok() { tokio::spawn(body()).await.unwrap(); } else { body().await; }
}
