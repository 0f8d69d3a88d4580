// flags: --virtual-time
let ch = channel();
async fn producer(ch, n) {
    for i in 0..n {
        ch.send(i * i).await;
        sleep(10ms).await;
    }
    ch.close();
}
spawn(producer(ch, 5));
let total = 0;
let v = ch.recv().await;
while v != nil {
    println("got", v);
    total += v;
    v = ch.recv().await;
}
println("total", total);
