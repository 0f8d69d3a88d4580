// flags: --virtual-time
// exit: 2
// Pending timers are not a deadlock: the program waits for them. Once the last
// timer has fired and nobody can wake main, it is.
let n = Notify();
spawn(async {
    sleep(1s).await;
    println("timer task done at", t0.elapsed());
});
let t0 = now();
n.notified().await;
