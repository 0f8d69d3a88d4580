// Spawn N tasks that each yield once and return i * 2; join them all and sum. Default 1,000,000.
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 1000000 };
let tasks = [];
for i in 0..n {
    tasks.push(spawn(async { yield_now().await; i * 2 }));
}
let total = 0;
for t in tasks { total += t.await; }
println(total);
