// Closing refuses every send that has not put its value in, even one given a freed slot
// that has not run yet (Tokio's Receiver::close); the receiver sees the end after they have run.
let ch = channel(1);
ch.send(0).await;
let a = spawn(async { println("a sends 1"); println("a:", try_send(ch, 1).await); });
let b = spawn(async { println("b sends 2"); println("b:", try_send(ch, 2).await); });
async fn try_send(ch, v) {
    try { ch.send(v).await; return true; } catch e { return e; }
}
yield_now().await;
println("received", ch.recv().await);
ch.close();
println("closed");
println("received", ch.recv().await);
println("received", ch.recv().await);
a.await;
b.await;
