use tokio::time::{sleep, interval, Duration, Instant};
fn ms(n: u64) -> Duration { Duration::from_millis(n) }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let t0 = Instant::now();
    let mut iv = interval(ms(10));
    for i in 0..8 {
        iv.tick().await;
        println!("tick {} at {:?}", i, t0.elapsed());
        if i == 1 { sleep(ms(25)).await; }
        if i == 5 { sleep(ms(3)).await; }
    }
    println!("--");
    let t0 = Instant::now();
    let mut iv = interval(ms(10));
    sleep(ms(35)).await;
    for i in 0..6 {
        iv.tick().await;
        println!("tick {} at {:?}", i, t0.elapsed());
    }
    println!("--");
    let t0 = Instant::now();
    let mut iv = interval(ms(10));
    iv.tick().await;
    let a = tokio::spawn(async move { sleep(ms(10)).await; println!("sleeper at {:?}", t0.elapsed()); });
    iv.tick().await;
    println!("ticker at {:?}", t0.elapsed());
    a.await.unwrap();
}
