for i in 0..3 { print(i, ""); }
println();
for i in 0..=3 { print(i, ""); }
println();
for i in 5..5 { println("never"); }
for i in 5..=5 { println("once", i); }
let n = 4;
let acc = [];
for i in 1..n { acc.push(i); }
println(acc);
let sum = 0;
for i in 1..=100 { sum += i; }
println(sum);
for i in range(2, 5) { print(i, ""); }
println();
for i in 3..1 { println("never"); }
