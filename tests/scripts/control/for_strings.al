for c in "abc" { println(c); }
let count = 0;
for c in "hello world" { if c == "o" { count += 1; } }
println(count);
let rev = "";
for c in "stressed" { rev = c + rev; }
println(rev);
for c in "" { println("never"); }
for c in "a😀b" { print("[" + c + "]"); }
println();
for c in "xy" { println(typeof(c), len(c)); }
