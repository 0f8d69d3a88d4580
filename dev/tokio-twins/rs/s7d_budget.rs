use tokio::sync::{mpsc, Mutex};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    for i in 0..300 { tx.send(i).unwrap(); }
    drop(tx);
    let count = Arc::new(AtomicUsize::new(0));
    let (c1, c2) = (count.clone(), count.clone());
    let c = tokio::spawn(async move { while rx.recv().await.is_some() { c1.fetch_add(1, SeqCst); } println!("C drained {}", c1.load(SeqCst)); });
    let p = tokio::spawn(async move { println!("P ran at count {}", c2.load(SeqCst)); });
    c.await.unwrap(); p.await.unwrap();
    let m = Arc::new(Mutex::new(0));
    let count = Arc::new(AtomicUsize::new(0));
    let (c1, c2) = (count.clone(), count.clone());
    let c = tokio::spawn(async move { for _ in 0..300 { let mut g = m.lock().await; *g += 1; c1.fetch_add(1, SeqCst); drop(g); } println!("M done {}", c1.load(SeqCst)); });
    let p = tokio::spawn(async move { println!("P2 ran at count {}", c2.load(SeqCst)); });
    c.await.unwrap(); p.await.unwrap();
}
