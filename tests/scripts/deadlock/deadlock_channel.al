// exit: 2
// Main waits on a channel nobody will ever send on: deadlock, exit 2, task dump.
async fn listener(ch) {
    let v = ch.recv().await;
    println("never", v);
}
let ch = channel();
spawn(listener(ch));
println("main waits for a message nobody sends");
let v = ch.recv().await;
println("NOT REACHED");
