for i in 99999999999999999999..100000000000000000002 { println(i, typeof(i)); }
let r = 9223372036854775806..9223372036854775809;
println(r, len(r), r.start, r.end);
for i in r { println(i); }
println(r.contains(9223372036854775808), r.contains(5), r[2]);
println(range(18446744073709551616, 18446744073709551618));
let l = [1, 2, 3];
let e = try { l[99999999999999999999] } catch e { e.message };
println(e);
