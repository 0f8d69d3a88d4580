use tokio::time::{sleep, timeout, Duration, Instant};
use tokio::sync::mpsc;
struct Fin(&'static str);
impl Drop for Fin { fn drop(&mut self) { println!("{} finally", self.0); } }
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = tokio::select! { biased;
        v = async { println!("b0 polled"); 0 } => (0, v),
        v = async { println!("b1 polled"); 1 } => (1, v) };
    println!("3a {} {}", r.0, r.1);
    let r = tokio::select! { biased;
        v = async { let _f = Fin("A"); println!("A start"); sleep(ms(10)).await; println!("A end"); "a" } => (0, v),
        v = async { println!("B start"); sleep(ms(5)).await; println!("B end"); "b" } => (1, v) };
    println!("3b {} {}", r.0, r.1);
    let r = tokio::select! { biased;
        v = async { println!("P start"); sleep(ms(1)).await; "p" } => (0, v),
        v = async { println!("Q ready"); "q" } => (1, v) };
    println!("3b2 {} {}", r.0, r.1);
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    tx.send(42).unwrap();
    let r = tokio::select! { biased;
        v = async { "first" } => (0, format!("{}", v)),
        v = rx.recv() => (1, format!("{:?}", v)) };
    println!("3b3 {} {} {}", r.0, r.1, 1);
    println!("3b3 recv {}", rx.recv().await.unwrap());
    let t0 = Instant::now();
    let r = match timeout(ms(10), sleep(ms(10))).await { Ok(_) => "inner".to_string(), Err(_) => "timeout after 10ms".to_string() };
    println!("3c1 {} {:?}", r, t0.elapsed());
    let t0 = Instant::now();
    let r = match timeout(ms(10), async { sleep(ms(5)).await; sleep(ms(5)).await; "inner" }).await { Ok(v) => v.to_string(), Err(_) => "timeout after 10ms".to_string() };
    println!("3c2 {} {:?}", r, t0.elapsed());
    let s = sleep(ms(10));
    let r = match timeout(ms(10), s).await { Ok(_) => "inner", Err(_) => "timeout after 10ms" };
    println!("3c3 {}", r);
    let r = tokio::select! { biased;
        v = async { sleep(ms(5)).await; sleep(ms(5)).await; "two-step" } => (0, v.to_string()),
        _ = sleep(ms(10)) => (1, "nil".to_string()) };
    println!("3d1 {} {}", r.0, r.1);
    let r = tokio::select! { biased;
        _ = sleep(ms(10)) => (0, "nil".to_string()),
        v = async { sleep(ms(5)).await; sleep(ms(5)).await; "two-step" } => (1, v.to_string()) };
    println!("3d2 {} {}", r.0, r.1);
}
