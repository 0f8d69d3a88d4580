// flags: --virtual-time
// Ticks stay on the interval's schedule even when the work between them takes time.
let iv = interval(100ms);
let t = now();
iv.tick().await;
let seen = [];
for i in 0..3 {
    sleep(30ms).await;          // some work
    iv.tick().await;
    seen.push(t.elapsed());
}
println(seen);
