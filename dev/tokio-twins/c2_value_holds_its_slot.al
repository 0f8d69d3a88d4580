// A value holds its slot of a bounded channel until a receiver takes it, as in Tokio: with
// capacity 1 and the receiver already waiting, the second send waits for the first receive.
let ch = channel(1);
let receiver = spawn(async {
    let v = ch.recv().await;
    while v != nil {
        println("received", v);
        v = ch.recv().await;
    }
    println("closed");
});
yield_now().await;
for i in 0..3 {
    println("sending", i);
    ch.send(i).await;
    println("sent", i);
}
ch.close();
receiver.await;
