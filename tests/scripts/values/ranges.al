let r = 0..5;
println(r, 0..=5, len(r), len(0..=5), r.contains(4), r.contains(5));
println([10, 20, 30, 40][1..3], (2..6)[1]);
let total = 0;
for i in 10..=12 { total += i; }
println(total, typeof(r), r.start, r.end);
