// A three-stage pipeline: produce -> square -> sum, joined by bounded channels.
// The sleeps are tiny, so this one runs on the real clock.
async fn produce(out) {
    for i in 1..=4 {
        sleep(2ms).await;
        out.send(i).await;
    }
    out.close();
}
async fn square(inp, out) {
    let v = inp.recv().await;
    while v != nil {
        out.send(v * v).await;
        v = inp.recv().await;
    }
    out.close();
}
async fn sum(inp) {
    let total = 0;
    let v = inp.recv().await;
    while v != nil {
        println("sum got", v);
        total += v;
        v = inp.recv().await;
    }
    total
}
let a = channel(1);
let b = channel(1);
spawn(produce(a));
spawn(square(a, b));
println("total", sum(b).await);
