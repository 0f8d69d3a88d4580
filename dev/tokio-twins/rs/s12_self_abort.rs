use tokio::time::{sleep, Duration};
use tokio::task::{yield_now, JoinHandle};
use tokio::sync::Semaphore;
use std::sync::{Arc, Mutex};
use std::future::Future;
type Slot = Arc<Mutex<Option<JoinHandle<i32>>>>;
fn abort_me(s: &Slot) { s.lock().unwrap().as_ref().unwrap().abort(); }
async fn show_slot(s: Slot) -> String {
    let r = std::future::poll_fn(|cx| { let mut g = s.lock().unwrap(); std::pin::Pin::new(g.as_mut().unwrap()).poll(cx) }).await;
    match r { Ok(v) => format!("ok {}", v), Err(_) => "err task was aborted".into() }
}
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
async fn show<T: std::fmt::Display>(t: JoinHandle<T>) -> String {
    match t.await { Ok(v) => format!("ok {}", v), Err(_) => "err task was aborted".into() }
}
fn spawn_self<F, Fut>(f: F) -> Slot where F: FnOnce(Slot) -> Fut, Fut: Future<Output = i32> + Send + 'static {
    let slot: Slot = Arc::new(Mutex::new(None));
    let h = tokio::spawn(f(slot.clone()));
    *slot.lock().unwrap() = Some(h);
    slot
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = spawn_self(|me| async move { yield_now().await; abort_me(&me); println!("after self abort"); sleep(ms(1)).await; println!("never?"); 1 });
    println!("12a {}", show_slot(h).await);
    let h = spawn_self(|me| async move { yield_now().await; abort_me(&me); println!("after self abort, returning"); 2 });
    println!("12b {}", show_slot(h).await);
    let h = spawn_self(|me| async move { yield_now().await; abort_me(&me); println!("self abort then yield"); yield_now().await; println!("after yield?"); 3 });
    println!("12c {}", show_slot(h).await);
    let p = tokio::spawn(async { tokio::spawn(async { sleep(ms(5)).await; println!("child still ran"); }); "parent done" });
    println!("12d {}", p.await.unwrap());
    sleep(ms(10)).await;
    let s = Semaphore::new(1);
    s.add_permits(1); s.add_permits(1);
    println!("12e available {}", s.available_permits());
}
