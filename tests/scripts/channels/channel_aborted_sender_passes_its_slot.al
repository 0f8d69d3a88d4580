// flags: --virtual-time
// A sender given a freed slot but cancelled before it ran passes the slot to the next sender.
let ch = channel(1);
ch.send(0).await;
let a = spawn(async {
    try {
        timeout(10ms, ch.send(1)).await;
        println("a sent 1");
    } catch e {
        println("a gave up");
    }
});
let b = spawn(async { ch.send(2).await; println("b sent 2"); });
sleep(5ms).await;
println("received", ch.recv().await);
a.abort();
println("aborted a");
println("received", ch.recv().await);
b.await;
