for v in [1, 2, 3] { println(v); }
let total = 0;
for x in [10, 20, 30] { total += x; }
println(total);
for item in ["a", [1, 2], {k: 1}, nil] { println(typeof(item), item); }
for v in [] { println("never"); }
let xs = [1, 2, 3];
for v in xs { print(v * 10, ""); }
println();
let r = for v in xs { v };
println(r);
