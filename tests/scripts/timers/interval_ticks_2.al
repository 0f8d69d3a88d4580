// flags: --virtual-time
let iv = interval(1s);
let start = now();
for i in 0..4 {
    iv.tick().await;
    println("tick", i, start.elapsed());
}
