let ch = channel(2);
let sender = spawn(async {
    for i in 0..5 {
        println("sending", i);
        ch.send(i).await;
        println("sent", i);
    }
    ch.close();
});
sleep(1s).await;
println("receiver starts, buffered:", ch.len());
let v = ch.recv().await;
while v != nil {
    println("received", v);
    v = ch.recv().await;
}
sender.await;
