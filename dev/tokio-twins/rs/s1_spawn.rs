use tokio::time::{sleep, Duration};
use tokio::task::yield_now;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("main start");
    let a = tokio::spawn(async { println!("A runs"); });
    let b = tokio::spawn(async { println!("B runs"); });
    println!("after spawn");
    yield_now().await;
    println!("after yield");
    a.await.unwrap(); b.await.unwrap();
    let c = tokio::spawn(async { println!("C runs"); yield_now().await; println!("C after yield"); });
    sleep(Duration::from_millis(0)).await;
    println!("main after sleep0");
    c.await.unwrap();
    let d = tokio::spawn(async { println!("D"); });
    let e = tokio::spawn(async { println!("E"); });
    e.await.unwrap();
    println!("main got E");
    d.await.unwrap();
    println!("main got D");
    let f = tokio::spawn(async {
        println!("F start");
        let g = tokio::spawn(async { println!("G"); });
        println!("F spawned G");
        yield_now().await;
        println!("F after yield");
        g.await.unwrap();
        println!("F got G");
    });
    let h = tokio::spawn(async { println!("H"); });
    f.await.unwrap();
    println!("main got F");
    h.await.unwrap();
}
