// flags: --virtual-time
let start = now();
let tasks = [];
for i in 0..10000 {
    tasks.push(spawn(async { sleep(i % 100).await; 1 }));
}
let total = 0;
for t in tasks { total += t.await; }
println(total, start.elapsed());
