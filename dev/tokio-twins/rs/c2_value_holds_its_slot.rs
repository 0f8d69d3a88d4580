// Twin of tests/scripts/channels/channel_value_holds_its_slot_until_received.al.
use tokio::sync::mpsc;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(1);
    let receiver = tokio::spawn(async move {
        while let Some(v) = rx.recv().await {
            println!("received {}", v);
        }
        println!("closed");
    });
    tokio::task::yield_now().await;
    for i in 0..3 {
        println!("sending {}", i);
        tx.send(i).await.unwrap();
        println!("sent {}", i);
    }
    drop(tx);
    receiver.await.unwrap();
}
