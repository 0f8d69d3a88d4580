// flags: --virtual-time
// After a task resumes from a pending .await, a following .await of a future that
// is ready at once (an unbounded send) completes without suspending, and the
// function goes on normally.
async fn produce(o) {
    sleep(2ms).await;
    o.send(1).await;
}
async fn consume(inp) {
    let v = inp.recv().await;
    let b = channel();
    b.send(v).await;
    println("sent", v);
    b.recv().await
}
let a = channel();
spawn(produce(a));
println("got back", consume(a).await);
