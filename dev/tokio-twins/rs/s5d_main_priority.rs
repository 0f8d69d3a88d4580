use tokio::time::{sleep, Duration};
use tokio::task::yield_now;
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
async fn body(label: &str) {
    let t = tokio::spawn(async { sleep(ms(10)).await; println!("X woke"); 4 });
    yield_now().await;
    sleep(ms(10)).await;
    println!("main woke");
    t.abort();
    println!("{} {}", label, match t.await { Ok(v) => format!("ok {}", v), Err(_) => "err task was aborted".into() });
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    body("5d").await;                                  // top level = block_on future
    if std::env::var("SPAWNED").is_ok() {
        tokio::spawn(async { body("5d (as spawned task)").await }).await.unwrap();
    }
}
