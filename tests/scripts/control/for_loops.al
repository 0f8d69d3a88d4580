for i in 0..3 { print(i, ""); }
println();
for i in 0..=3 { print(i, ""); }
println();
for x in ["a", "b"] { print(x, ""); }
println();
for c in "héllo" { print(c, "|"); }
println();
let m = {z: 1, a: 2, m: 3};
for k in m { print(k, m[k], ""); }
println();
for i in 5..2 { println("never"); }
let sum = 0;
for i in range(1, 5) { sum += i; }
println(sum);
