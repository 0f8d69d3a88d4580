// flags: --virtual-time
// recv() suspends the receiver until a value arrives.
let ch = channel();
let t0 = now();
spawn(async {
    sleep(300ms).await;
    ch.send("late value").await;
});
let v = ch.recv().await;
println(v, "after", t0.elapsed());
