use tokio::time::{sleep, Duration};
use std::io::Write;
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
async fn sl(name: &'static str, d: Duration) { sleep(d).await; print!("{} ", name); std::io::stdout().flush().unwrap(); }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for (d, label) in [(10, "10ms"), (100, "100ms"), (1000, "1s"), (5000, "5s"), (100000, "100s"), (2000000, "2000s")] {
        let mut ts = vec![];
        for name in ["A", "B", "C", "D"] { ts.push(tokio::spawn(sl(name, ms(d)))); }
        for t in ts { t.await.unwrap(); }
        println!(" <- {}", label);
    }
    let a = tokio::spawn(async { sleep(ms(100)).await; println!("A (set at 0ms for 100ms)"); });
    let b = tokio::spawn(async { sleep(ms(70)).await; sleep(ms(30)).await; println!("B (set at 70ms for 30ms)"); });
    a.await.unwrap(); b.await.unwrap();
    let a = tokio::spawn(async { sleep(ms(5000)).await; println!("A (set at 0 for 5000ms)"); });
    let b = tokio::spawn(async { sleep(ms(4100)).await; sleep(ms(900)).await; println!("B (set at 4100 for 900ms)"); });
    let c = tokio::spawn(async { sleep(ms(4995)).await; sleep(ms(5)).await; println!("C (set at 4995 for 5ms)"); });
    a.await.unwrap(); b.await.unwrap(); c.await.unwrap();
}
