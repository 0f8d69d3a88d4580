use tokio::time::{sleep, timeout, Duration};
use tokio::task::yield_now;
use tokio::sync::mpsc;
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
async fn prod(name: &'static str, ch: mpsc::Sender<String>, n: u32, pause: u64) {
    for i in 0..n {
        let r = if ch.send(format!("{}{}", name, i)).await.is_ok() { "sent" } else { "refused" };
        println!("{} {} {}", name, r, i);
        if r == "refused" { return; }
        if pause > 0 { sleep(ms(pause)).await; } else { yield_now().await; }
    }
}
async fn poll_now(rx: &mut mpsc::Receiver<String>) -> String {
    match timeout(ms(0), rx.recv()).await { Ok(Some(v)) => v, Ok(None) => "nil".into(), Err(_) => "<empty>".into() }
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);
    let ps = vec![tokio::spawn(prod("a", tx.clone(), 4, 0)), tokio::spawn(prod("b", tx.clone(), 3, 1)), tokio::spawn(prod("c", tx.clone(), 3, 0))];
    yield_now().await;
    println!("poll {}", poll_now(&mut rx).await);
    println!("poll {}", poll_now(&mut rx).await);
    println!("poll {}", poll_now(&mut rx).await);
    yield_now().await;
    println!("poll {}", poll_now(&mut rx).await);
    println!("recv {}", rx.recv().await.unwrap());
    sleep(ms(1)).await;
    println!("poll {}", poll_now(&mut rx).await);
    println!("recv {}", rx.recv().await.unwrap());
    let s = tokio::select! { biased; _ = tx.send("x-select".into()) => 0, _ = sleep(ms(0)) => 1 };
    println!("select index {}", s);
    for _ in 0..4 { println!("recv {}", rx.recv().await.unwrap()); yield_now().await; }
    sleep(ms(5)).await;
    println!("poll {}", poll_now(&mut rx).await);
    drop(tx);
    rx.close();
    while let Some(v) = rx.recv().await { println!("drain {}", v); }
    println!("drained");
    for p in ps { p.await.unwrap(); }
}
