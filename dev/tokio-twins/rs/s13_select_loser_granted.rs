use tokio::time::{sleep, timeout, Duration};
use tokio::sync::{Mutex, Semaphore, Notify, mpsc};
use std::sync::Arc;
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().await;
    let (m1, m2) = (m.clone(), m.clone());
    let t = tokio::spawn(async move { let r = tokio::select! { biased; _ = sleep(ms(10)) => 0, _g = m1.lock() => 1 }; println!("T select index {}", r); });
    let w = tokio::spawn(async move { sleep(ms(1)).await; let _g = m2.lock().await; println!("W got the lock"); });
    sleep(ms(10)).await;
    drop(g);
    t.await.unwrap();
    println!("13a {}", if timeout(ms(5), w).await.is_ok() { "ok" } else { "timeout after 5ms" });
    let s = Arc::new(Semaphore::new(0));
    let (s1, s2) = (s.clone(), s.clone());
    let t = tokio::spawn(async move { let r = tokio::select! { biased; _ = sleep(ms(10)) => 0, p = s1.acquire() => { p.unwrap().forget(); 1 } }; println!("T select index {}", r); });
    let w = tokio::spawn(async move { sleep(ms(1)).await; s2.acquire().await.unwrap().forget(); println!("W acquired"); });
    sleep(ms(10)).await;
    s.add_permits(1);
    t.await.unwrap();
    println!("13b {}", if timeout(ms(5), w).await.is_ok() { "ok" } else { "timeout after 5ms" });
    let (tx, rx) = mpsc::unbounded_channel::<&'static str>();
    let rx = Arc::new(Mutex::new(rx));
    let rx1 = rx.clone();
    let t = tokio::spawn(async move { let mut g = rx1.lock().await; let r = tokio::select! { biased; _ = sleep(ms(10)) => 0, _ = g.recv() => 1 }; println!("T select index {}", r); });
    sleep(ms(10)).await;
    tx.send("v").unwrap();
    t.await.unwrap();
    let r = match timeout(ms(5), async { rx.lock().await.recv().await }).await { Ok(Some(v)) => v.to_string(), _ => "timeout after 5ms".into() };
    println!("13c {}", r);
    let n = Arc::new(Notify::new());
    let (n1, n2) = (n.clone(), n.clone());
    let t = tokio::spawn(async move { let r = tokio::select! { biased; _ = sleep(ms(10)) => 0, _ = n1.notified() => 1 }; println!("T select index {}", r); });
    let w = tokio::spawn(async move { sleep(ms(1)).await; n2.notified().await; println!("W notified"); });
    sleep(ms(10)).await;
    n.notify_one();
    t.await.unwrap();
    println!("13d {}", if timeout(ms(5), w).await.is_ok() { "ok" } else { "timeout after 5ms" });
}
