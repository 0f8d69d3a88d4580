// N tasks sleep (i % 1000) ms each, then return 1; sum. Default 100,000.
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 100000 };
let tasks = [];
for i in 0..n {
    tasks.push(spawn(async { sleep(i % 1000).await; 1 }));
}
let total = 0;
for t in tasks { total += t.await; }
println(total);
