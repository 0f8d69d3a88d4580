use tokio::time::{sleep, timeout, Duration, Instant};
use tokio::sync::{Mutex, Semaphore, Notify};
use tokio::task::yield_now;
use std::sync::Arc;
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
async fn mw(name: &'static str, m: Arc<Mutex<i32>>) { println!("{} wants lock", name); let mut g = m.lock().await; *g += 1; println!("{} got lock {}", name, *g); sleep(ms(1)).await; drop(g); println!("{} unlocked", name); }
async fn sw(name: &'static str, s: Arc<Semaphore>, d: Duration) { s.acquire().await.unwrap().forget(); println!("{} acquired", name); sleep(d).await; println!("{} releasing", name); s.add_permits(1); }
async fn nw(name: &'static str, n: Arc<Notify>) { n.notified().await; println!("{} notified", name); }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().await;
    let ts = vec![tokio::spawn(mw("W1", m.clone())), tokio::spawn(mw("W2", m.clone())), tokio::spawn(mw("W3", m.clone()))];
    yield_now().await;
    drop(g);
    println!("main unlocked");
    let g = m.lock().await;
    println!("main relocked {}", *g);
    drop(g);
    for t in ts { t.await.unwrap(); }
    println!("--");
    let m2 = m.clone();
    let holder = tokio::spawn(async move { let _g = m2.lock().await; println!("holder got"); sleep(ms(100)).await; println!("holder never"); });
    let t0 = Instant::now();
    let m3 = m.clone();
    let waiter = tokio::spawn(async move { sleep(ms(1)).await; println!("waiter wants"); let g = m3.lock().await; println!("waiter got {} {:?}", *g, t0.elapsed()); });
    sleep(ms(10)).await;
    holder.abort();
    println!("aborted holder");
    waiter.await.unwrap();
    println!("--");
    let s = Arc::new(Semaphore::new(2));
    let ts = vec![tokio::spawn(sw("S1", s.clone(), ms(10))), tokio::spawn(sw("S2", s.clone(), ms(5))), tokio::spawn(sw("S3", s.clone(), ms(1))), tokio::spawn(sw("S4", s.clone(), ms(1))), tokio::spawn(sw("S5", s.clone(), ms(1)))];
    for t in ts { t.await.unwrap(); }
    println!("--");
    let s = Arc::new(Semaphore::new(1));
    s.acquire().await.unwrap().forget();
    let ts = vec![tokio::spawn(sw("R1", s.clone(), ms(1))), tokio::spawn(sw("R2", s.clone(), ms(1)))];
    yield_now().await;
    s.add_permits(1);
    s.acquire().await.unwrap().forget();
    println!("main reacquired");
    s.add_permits(1);
    for t in ts { t.await.unwrap(); }
    println!("--");
    let n = Arc::new(Notify::new());
    n.notify_one();
    n.notify_one();
    n.notified().await;
    println!("first notified passes (stored permit)");
    let r = match timeout(ms(5), n.notified()).await { Ok(_) => "passed", Err(_) => "timed out" };
    println!("second notified: {}", r);
    let ts = vec![tokio::spawn(nw("N1", n.clone())), tokio::spawn(nw("N2", n.clone())), tokio::spawn(nw("N3", n.clone()))];
    yield_now().await;
    n.notify_one();
    yield_now().await;
    println!("notify_all");
    n.notify_waiters();
    for t in ts { t.await.unwrap(); }
    n.notify_waiters();
    let r = match timeout(ms(5), n.notified()).await { Ok(_) => "passed", Err(_) => "timed out" };
    println!("notified after notify_all with no waiters: {}", r);
    let f = n.notified();
    n.notify_waiters();
    let r = match timeout(ms(5), f).await { Ok(_) => "passed", Err(_) => "timed out" };
    println!("notified created before notify_all, polled after: {}", r);
}
