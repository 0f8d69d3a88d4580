use tokio::time::{sleep, timeout, Duration};
use tokio::sync::{Mutex, Semaphore, Notify, mpsc};
use tokio::task::{yield_now, JoinHandle};
use std::sync::Arc;
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
struct Fin(&'static str);
impl Drop for Fin { fn drop(&mut self) { println!("{} finally", self.0); } }
async fn show<T: std::fmt::Display>(t: &mut JoinHandle<T>) -> String {
    match t.await { Ok(v) => format!("ok {}", v), Err(e) if e.is_cancelled() => "err task was aborted".into(), Err(_) => "err panic".into() }
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut t = tokio::spawn(async { let _f = Fin("T"); println!("T sleeping"); sleep(ms(100)).await; println!("T never"); 1 });
    sleep(ms(1)).await;
    t.abort();
    println!("after abort, finished? {}", t.is_finished());
    let s = show(&mut t).await; println!("5a {} {}", s, t.is_finished());
    let mut t = tokio::spawn(async { println!("U body ran"); 2 });
    t.abort();
    println!("5b {}", show(&mut t).await);
    let mut t = tokio::spawn(async { println!("V done"); 3 });
    yield_now().await;
    println!("V finished? {}", t.is_finished());
    t.abort();
    println!("5c {}", show(&mut t).await);
    let mut t = tokio::spawn(async { sleep(ms(10)).await; println!("X woke"); 4 });
    yield_now().await;
    sleep(ms(10)).await;
    t.abort();
    println!("5d {}", show(&mut t).await);
    let sl = sleep(ms(10));
    let mut t = tokio::spawn(async { sleep(ms(10)).await; println!("Y woke"); 5 });
    sl.await;
    println!("Y finished? {}", t.is_finished());
    t.abort();
    println!("5e {}", show(&mut t).await);
    // 5f
    let (tx, rx) = mpsc::unbounded_channel::<&'static str>();
    let rx = Arc::new(Mutex::new(rx)); // shared receiver (asynclang channels are shared)
    let rx1 = rx.clone();
    let mut r = tokio::spawn(async move { let v = rx1.lock().await.recv().await; println!("R got {:?}", v); 0 });
    yield_now().await;
    tx.send("v1").unwrap();
    r.abort();
    println!("5f {} len {}", show(&mut r).await, 1);
    let rx2 = rx.clone();
    let r2 = tokio::spawn(async move { let v = rx2.lock().await.recv().await; println!("R2 got {:?}", v); });
    tx.send("v2").unwrap();
    r2.await.unwrap();
    let res = match timeout(ms(1), async { rx.lock().await.recv().await }).await { Ok(v) => format!("{:?}", v), Err(_) => "timeout after 1ms".into() };
    println!("5f main recv {}", res);
    // 5g
    let (btx, brx) = mpsc::channel::<&'static str>(2);
    let brx = Arc::new(Mutex::new(brx));
    let b1 = brx.clone();
    let mut r = tokio::spawn(async move { let v = b1.lock().await.recv().await; println!("BR got {:?}", v); 0 });
    yield_now().await;
    btx.send("b1").await.unwrap();
    r.abort();
    println!("5g {} len {}", show(&mut r).await, 2 - btx.capacity());
    let res = match timeout(ms(1), async { brx.lock().await.recv().await }).await { Ok(v) => format!("{:?}", v), Err(_) => "timeout after 1ms".into() };
    println!("5g main recv {}", res);
    // 5h
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().await;
    let (m1, m2) = (m.clone(), m.clone());
    let mut a = tokio::spawn(async move { let _g = m1.lock().await; println!("MA got lock"); "nil" });
    let mut b = tokio::spawn(async move { let _g = m2.lock().await; println!("MB got lock"); "nil" });
    yield_now().await;
    drop(g);
    a.abort();
    let sa = show(&mut a).await; let sb = show(&mut b).await;
    println!("5h {} {}", sa, sb);
    // 5i
    let s = Arc::new(Semaphore::new(0));
    let (s1, s2) = (s.clone(), s.clone());
    let mut a = tokio::spawn(async move { s1.acquire().await.unwrap().forget(); println!("SA acquired"); "nil" });
    let mut b = tokio::spawn(async move { s2.acquire().await.unwrap().forget(); println!("SB acquired"); "nil" });
    yield_now().await;
    s.add_permits(1);
    a.abort();
    let sa = show(&mut a).await; let sb = show(&mut b).await;
    println!("5i {} {}", sa, sb);
    // 5j
    let n = Arc::new(Notify::new());
    let (n1, n2) = (n.clone(), n.clone());
    let mut a = tokio::spawn(async move { n1.notified().await; println!("NA notified"); "nil" });
    let b = tokio::spawn(async move { n2.notified().await; println!("NB notified"); "nil" });
    yield_now().await;
    n.notify_one();
    a.abort();
    println!("5j {}", show(&mut a).await);
    let res = match timeout(ms(5), b).await { Ok(_) => "b ran".to_string(), Err(_) => "b: timeout after 5ms".into() };
    println!("5j {}", res);
}
