let xs = [];
for i in 0..100 { xs.push(i); }
println(xs.len());
println(xs[99]);
let total = xs.reduce(|a, b| a + b, 0);
println(total);
while xs.len() > 95 { xs.pop(); }
println(xs.len(), xs[94]);
