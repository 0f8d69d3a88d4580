// flags: --virtual-time
// exit: 2
let ch = channel();
async fn worker(ch) {
    let v = ch.recv().await;
    println("never", v);
}
let t = spawn(worker(ch));
ch.recv().await;
