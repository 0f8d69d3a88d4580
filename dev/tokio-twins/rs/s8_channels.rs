use tokio::time::{sleep, Duration};
use tokio::task::yield_now;
use tokio::sync::mpsc;
#[allow(dead_code)]
enum Tx { U(mpsc::UnboundedSender<String>), B(mpsc::Sender<String>) }
impl Tx { async fn send(&self, v: String) -> bool { match self { Tx::U(t) => t.send(v).is_ok(), Tx::B(t) => t.send(v).await.is_ok() } } }
async fn prod(name: &'static str, ch: Tx, n: u32) {
    for i in 0..n { ch.send(format!("{}{}", name, i)).await; println!("{} sent {}", name, i); }
    println!("{} done", name);
}
async fn prod2(name: &'static str, ch: Tx, n: u32) {
    for i in 0..n { if ch.send(format!("{}{}", name, i)).await { println!("{} sent {}", name, i); } else { println!("{} refused {}", name, i); return; } }
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let ps = vec![tokio::spawn(prod("a", Tx::U(tx.clone()), 3)), tokio::spawn(prod("b", Tx::U(tx.clone()), 3)), tokio::spawn(prod("c", Tx::U(tx.clone()), 3))];
    for p in ps { p.await.unwrap(); }
    let mut got = vec![];
    while let Ok(v) = rx.try_recv() { got.push(v); }
    println!("8a {:?}", got);
    println!("--");
    let (tx, mut rx) = mpsc::channel::<String>(2);
    let ps = vec![tokio::spawn(prod("a", Tx::B(tx.clone()), 3)), tokio::spawn(prod("b", Tx::B(tx.clone()), 3)), tokio::spawn(prod("c", Tx::B(tx.clone()), 3))];
    for _ in 0..9 { let v = rx.recv().await.unwrap(); println!("recv {} len {}", v, 2 - tx.capacity()); }
    for p in ps { p.await.unwrap(); }
    println!("--");
    let (tx, mut rx) = mpsc::channel::<String>(2);
    let c = tokio::spawn(async move { for _ in 0..9 { let v = rx.recv().await.unwrap(); println!("recv {}", v); sleep(Duration::from_millis(1)).await; } });
    let ps = vec![tokio::spawn(prod("a", Tx::B(tx.clone()), 3)), tokio::spawn(prod("b", Tx::B(tx.clone()), 3)), tokio::spawn(prod("c", Tx::B(tx.clone()), 3))];
    c.await.unwrap();
    for p in ps { p.await.unwrap(); }
    println!("--");
    let (tx, mut rx) = mpsc::channel::<String>(2);
    let ps = vec![tokio::spawn(prod("a", Tx::B(tx.clone()), 3)), tokio::spawn(prod("b", Tx::B(tx.clone()), 3)), tokio::spawn(prod("c", Tx::B(tx.clone()), 3))];
    let c = tokio::spawn(async move { for _ in 0..9 { let v = rx.recv().await.unwrap(); println!("recv {}", v); yield_now().await; } });
    c.await.unwrap();
    for p in ps { p.await.unwrap(); }
    println!("--");
    let (tx, mut rx) = mpsc::channel::<String>(2);
    let ps = vec![tokio::spawn(prod2("a", Tx::B(tx.clone()), 3)), tokio::spawn(prod2("b", Tx::B(tx.clone()), 3)), tokio::spawn(prod2("c", Tx::B(tx.clone()), 3))];
    drop(tx);
    yield_now().await;
    println!("recv {}", rx.recv().await.unwrap());
    println!("recv {}", rx.recv().await.unwrap());
    rx.close();
    println!("closed");
    while let Some(v) = rx.recv().await { println!("recv {}", v); }
    println!("recv nil");
    for p in ps { p.await.unwrap(); }
}
