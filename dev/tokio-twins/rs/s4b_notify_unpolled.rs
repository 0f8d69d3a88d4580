use tokio::time::{timeout, Duration};
use tokio::sync::Notify;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n = Notify::new();
    let f = n.notified();
    n.notify_one();
    println!("notify_one, created-before: {}", if timeout(Duration::from_millis(5), f).await.is_ok() { "passed" } else { "timed out" });
    let f1 = n.notified();
    let f2 = n.notified();
    n.notify_waiters();
    println!("notify_all, 2 created-before: {}", if timeout(Duration::from_millis(5), async { tokio::join!(f1, f2) }).await.is_ok() { "passed" } else { "timed out" });
}
