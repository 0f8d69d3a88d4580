use tokio::time::{sleep, Duration};
use tokio::task::yield_now;
struct Fin(&'static str);
impl Drop for Fin { fn drop(&mut self) { println!("{} finally", self.0); } }
async fn w(name: &'static str, n: u32) -> &'static str {
    for i in 0..n { println!("{} {}", name, i); yield_now().await; }
    name
}
async fn s(name: &'static str, d: u64) -> &'static str {
    println!("start {}", name); sleep(Duration::from_millis(d)).await; println!("end {}", name); name
}
async fn ok_slow() -> Result<i32, &'static str> { let _f = Fin("slow"); println!("slow start"); sleep(Duration::from_millis(10)).await; println!("slow done"); Ok(1) }
async fn fails() -> Result<i32, &'static str> { println!("fail start"); sleep(Duration::from_millis(5)).await; Err("boom") }
async fn quick() -> Result<i32, &'static str> { println!("quick"); Ok(3) }
async fn fails_now() -> Result<i32, &'static str> { println!("fails_now"); Err("now") }
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = tokio::join!(w("a", 3), w("b", 3), w("c", 3));
    println!("{:?}", r);
    let r2 = tokio::join!(s("x", 30), s("y", 10), s("z", 20));
    println!("{:?}", r2);
    let r3 = tokio::join!(w("p", 2), w("q", 1), w("r", 3));
    println!("{:?}", r3);
    match tokio::try_join!(ok_slow(), fails(), quick()) { Ok(v) => println!("{:?}", v), Err(e) => { println!("caught {}", e); println!("nil"); } }
    match tokio::try_join!(quick(), fails_now(), ok_slow()) { Ok(v) => println!("{:?}", v), Err(e) => { println!("caught {}", e); println!("nil"); } }
}
