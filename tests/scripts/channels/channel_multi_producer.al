// flags: --virtual-time
// Two producers share one channel. At 300ms both are due: b set its timer first
// (at 150ms, a at 200ms), so b's value comes first.
async fn producer(name, ch, n, gap) {
    for i in 0..n {
        sleep(gap).await;
        ch.send("{name}{i}").await;
    }
}
let ch = channel();
let p1 = spawn(producer("a", ch, 3, 100ms));
let p2 = spawn(producer("b", ch, 2, 150ms));
spawn(async {
    p1.await;
    p2.await;
    ch.close();
});
let got = [];
let v = ch.recv().await;
while v != nil {
    got.push(v);
    v = ch.recv().await;
}
println(got);
