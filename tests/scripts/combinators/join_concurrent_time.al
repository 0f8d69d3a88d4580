// flags: --virtual-time
// join runs its futures concurrently: two 1s sleeps take 1s in all, not 2s.
let t = now();
let r = join(sleep(1s), sleep(1s)).await;
println(t.elapsed());
println(len(r));
let t2 = now();
join(sleep(1s), sleep(2s), sleep(500ms)).await;
println(t2.elapsed());
println(t.elapsed());
