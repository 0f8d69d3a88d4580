// Twin of tests/scripts/channels/channel_bounded_backpressure.al.
use std::time::Duration;
use tokio::sync::mpsc;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    let sender = tokio::spawn(async move {
        for i in 0..5 {
            println!("sending {}", i);
            tx.send(i).await.unwrap();
            println!("sent {}", i);
        }
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("receiver starts, buffered: 2");
    while let Some(v) = rx.recv().await {
        println!("received {}", v);
    }
    sender.await.unwrap();
}
