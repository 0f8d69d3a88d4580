// futures::future::join_all semantics (small list): poll every pending future in order each time.
use tokio::task::yield_now;
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
async fn join_all<T: std::fmt::Debug>(v: Vec<Pin<Box<dyn Future<Output = T>>>>) -> Vec<T> {
    let mut futs: Vec<Option<Pin<Box<dyn Future<Output = T>>>>> = v.into_iter().map(Some).collect();
    let mut outs: Vec<Option<T>> = futs.iter().map(|_| None).collect();
    std::future::poll_fn(move |cx| {
        let mut pending = false;
        for i in 0..futs.len() {
            if let Some(f) = futs[i].as_mut() {
                match f.as_mut().poll(cx) { Poll::Ready(o) => { outs[i] = Some(o); futs[i] = None; } Poll::Pending => pending = true }
            }
        }
        if pending { Poll::Pending } else { Poll::Ready(outs.iter_mut().map(|o| o.take().unwrap()).collect()) }
    }).await
}
async fn w(name: &'static str, n: u32) -> &'static str {
    for i in 0..n { println!("{} {}", name, i); yield_now().await; }
    name
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = join_all(vec![Box::pin(w("a", 3)), Box::pin(w("b", 3)), Box::pin(w("c", 3))]).await;
    println!("{:?}", r);
    let r3 = join_all(vec![Box::pin(w("p", 2)), Box::pin(w("q", 1)), Box::pin(w("r", 3))]).await;
    println!("{:?}", r3);
}
