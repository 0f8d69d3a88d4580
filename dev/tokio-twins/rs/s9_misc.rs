use tokio::time::{sleep, timeout, Duration, Instant};
use tokio::task::yield_now;
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
struct Fin(&'static str);
impl Drop for Fin { fn drop(&mut self) { println!("{} finally", self.0); } }
async fn fin(name: &'static str, d: Duration) { let _f = Fin(name); println!("{} started", name); sleep(d).await; }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("9a {}", match timeout(ms(0), async { 1 }).await { Ok(v) => v.to_string(), Err(_) => "timeout after 0ns".into() });
    println!("9a {}", match timeout(ms(0), yield_now()).await { Ok(_) => "inner".to_string(), Err(_) => "timeout after 0ns".into() });
    println!("9a {}", tokio::select! { biased; _ = sleep(ms(0)) => 0, _ = async { "ready" } => 1 });
    let t0 = Instant::now();
    let b = tokio::spawn(async move { sleep(ms(1)).await; println!("B woke at {:?}", t0.elapsed()); });
    let a = tokio::spawn(async move { for _ in 0..50 { yield_now().await; } println!("A done at {:?}", t0.elapsed()); });
    a.await.unwrap(); b.await.unwrap();
    let s = sleep(ms(5));
    sleep(ms(10)).await;
    let t1 = Instant::now();
    s.await;
    println!("9c expired sleep took {:?}", t1.elapsed());
    tokio::spawn(fin("F1", ms(100)));
    tokio::spawn(fin("F2", ms(50)));
    tokio::spawn(fin("F3", ms(200)));
    yield_now().await;
    tokio::spawn(fin("F4 (never polled)", ms(10)));
    println!("main exits");
}
