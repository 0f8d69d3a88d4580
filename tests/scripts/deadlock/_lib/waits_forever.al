let ch = channel();
async fn waiter() { ch.recv().await }
let v = waiter().await;
