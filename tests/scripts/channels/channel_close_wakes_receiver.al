// A receiver waiting on an empty channel gets nil when the channel is closed.
let ch = channel();
let rx = spawn(async {
    let got = [];
    let v = ch.recv().await;
    while v != nil {
        got.push(v);
        v = ch.recv().await;
    }
    println("receiver saw close after", got);
    len(got)
});
ch.send("a").await;
ch.send("b").await;
yield_now().await;
ch.close();
println("closed");
println(rx.await);
