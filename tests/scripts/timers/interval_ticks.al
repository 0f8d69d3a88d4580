// flags: --virtual-time
// interval(d): tick() completes every d (the first tick at once, as in Tokio).
let iv = interval(100ms);
let t = now();
for i in 0..4 {
    iv.tick().await;
    println("tick", i, "at", t.elapsed());
}
