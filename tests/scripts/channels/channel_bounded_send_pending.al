// flags: --virtual-time
// A bounded channel: send is pending while the channel is full, and resumes
// when the receiver makes room.
let ch = channel(2);
let producer = spawn(async {
    for i in 1..=5 {
        ch.send(i).await;
        println("sent", i, "len", ch.len());
    }
    ch.close();
    println("producer closed");
});
sleep(1s).await;
println("consumer starts; len", ch.len());
let v = ch.recv().await;
while v != nil {
    println("got", v);
    sleep(100ms).await;
    v = ch.recv().await;
}
producer.await;
println("done");
