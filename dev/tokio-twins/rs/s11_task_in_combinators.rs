use tokio::time::{sleep, timeout, Duration};
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
struct Fin(&'static str);
impl Drop for Fin { fn drop(&mut self) { println!("{} finally", self.0); } }
async fn job(name: &'static str, d: Duration) -> &'static str { let _f = Fin(name); sleep(d).await; println!("{} finished", name); name }
async fn boom() -> Result<&'static str, &'static str> { sleep(ms(2)).await; Err("boom") }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let t1 = tokio::spawn(job("T1", ms(10)));
    let t2 = tokio::spawn(job("T2", ms(5)));
    let r = tokio::select! { biased; v = t1 => (0, v.unwrap()), v = t2 => (1, v.unwrap()) };
    println!("select winner {} {}", r.0, r.1);
    let t3 = tokio::spawn(job("T3", ms(20)));
    if timeout(ms(1), t3).await.is_err() { println!("timeout: timeout after 1ms"); }
    let t4 = tokio::spawn(job("T4", ms(30)));
    if let Err(e) = tokio::try_join!(async { t4.await.map_err(|_| "join error") }, boom()) { println!("join: {}", e); }
    sleep(ms(50)).await;
    println!("main done");
}
