let r = 0..5;
println(typeof(r));
let xs = [];
for i in r { xs.push(i); }
println(xs);
let ys = [];
for i in 0..=5 { ys.push(i); }
println(ys);
let zs = [];
for i in 3..3 { zs.push(i); }
println(zs);
println(len(0..10), len(0..=10));
let n = 4;
let sq = [];
for i in 1..n + 1 { sq.push(i * i); }
println(sq);
let neg = [];
for i in -2..2 { neg.push(i); }
println(neg);
