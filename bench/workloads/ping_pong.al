// Two tasks bounce a counter N times over two channels. Default 1,000,000.
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 1000000 };
let ping = channel();
let pong = channel();
let peer = spawn(async {
    loop {
        let v = ping.recv().await;
        if v < 0 { break; }
        pong.send(v + 1).await;
    }
});
let c = 0;
for i in 0..n {
    ping.send(c).await;
    c = pong.recv().await;
}
ping.send(-1).await;
peer.await;
println(c);
