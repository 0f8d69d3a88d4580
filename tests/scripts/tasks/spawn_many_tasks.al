// flags: --virtual-time
// Many tasks sleeping at once: virtual time runs them all in 1s of clock.
let ch = channel();
let t = now();
for i in 0..1000 {
    spawn(async {
        sleep(1s).await;
        ch.send(i).await;
    });
}
let sum = 0;
for i in 0..1000 {
    sum += ch.recv().await;
}
println(sum, t.elapsed());
