use tokio::time::{sleep, Duration, Instant};
async fn sl(name: &'static str, d: Duration) { sleep(d).await; println!("{} woke", name); }
async fn sl2(name: &'static str, d: Duration) { sleep(d / 2).await; sleep(d / 2).await; println!("{} woke", name); }
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let t = vec![tokio::spawn(sl("A", ms(10))), tokio::spawn(sl2("B", ms(10))), tokio::spawn(sl("C", ms(10)))];
    for x in t { x.await.unwrap(); }
    println!("--");
    let t = vec![tokio::spawn(sl("A", ms(100000))), tokio::spawn(sl2("B", ms(100000))), tokio::spawn(sl("C", ms(100000)))];
    for x in t { x.await.unwrap(); }
    println!("--");
    let sb = sleep(ms(10));
    let sa = sleep(ms(10));
    let ta = tokio::spawn(async { sa.await; println!("a woke (created 2nd, polled 1st)"); });
    let tb = tokio::spawn(async { sb.await; println!("b woke (created 1st, polled 2nd)"); });
    ta.await.unwrap(); tb.await.unwrap();
    println!("--");
    let t0 = Instant::now();
    let x = tokio::spawn(async move { sleep(Duration::from_micros(10700)).await; println!("x 10.7ms woke {:?}", t0.elapsed()); });
    let y = tokio::spawn(async move { sleep(Duration::from_micros(10200)).await; println!("y 10.2ms woke {:?}", t0.elapsed()); });
    x.await.unwrap(); y.await.unwrap();
    let t0 = Instant::now();
    sleep(Duration::from_micros(300)).await;
    println!("0.3ms sleep took {:?}", t0.elapsed());
}
