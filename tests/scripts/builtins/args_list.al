// args: first 41 third
let a = args();
println(a);
println(typeof(a), len(a));
for x in a { println(x, typeof(x)); }
println(a[1].parse_int() + 1);
