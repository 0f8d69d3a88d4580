let r = range(0, 4);
println(typeof(r));
let xs = [];
for i in r { xs.push(i); }
println(xs);
println(len(range(3, 8)));
for i in range(5, 5) { println("never"); }
let total = 0;
for i in range(1, 11) { total += i; }
println(total);
let ys = [];
for i in range(-3, 0) { ys.push(i); }
println(ys);
