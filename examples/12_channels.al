// flags: --virtual-time
// Lesson 12: tasks talk through channels. The producer sends; the consumer's recv()
// suspends until a value arrives, and gives nil once the channel is closed and empty.
// Observe: recv() suspends main until the producer sends; nil marks the closed, drained channel.

let ch = channel();

spawn(async {
    for job in ["wash", "dry", "fold"] {
        sleep(500ms).await;
        ch.send(job).await;
    }
    ch.close();
});

let job = ch.recv().await;
while job != nil {
    println("got job:", job);
    job = ch.recv().await;
}
println("channel closed");
