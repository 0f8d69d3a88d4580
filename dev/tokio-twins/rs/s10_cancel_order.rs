use tokio::time::{sleep, timeout, Duration};
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
struct Fin(&'static str);
impl Drop for Fin { fn drop(&mut self) { println!("{} finally", self.0); } }
async fn fin(name: &'static str, d: Duration) -> &'static str { let _f = Fin(name); println!("{} started", name); sleep(d).await; name }
async fn outer() { let _f = Fin("outer"); println!("outer start"); fin("inner", ms(100)).await; }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = tokio::select! { biased; _ = fin("x", ms(10)) => 0, _ = fin("y", ms(10)) => 1, _ = fin("z", ms(1)) => 2 };
    println!("10a winner {}", r);
    let r = tokio::select! { biased; _ = async { tokio::join!(fin("j1", ms(10)), fin("j2", ms(10)), fin("j3", ms(10))) } => 0, _ = fin("w", ms(1)) => 1 };
    println!("10b winner {}", r);
    let t = tokio::spawn(outer());
    sleep(ms(1)).await;
    t.abort();
    if t.await.is_err() { println!("10c task was aborted"); }
    if timeout(ms(5), async { tokio::join!(fin("k1", ms(10)), fin("k2", ms(1)), fin("k3", ms(10))) }).await.is_err() { println!("10d timeout after 5ms"); }
}
