// An Int meets a Float exactly, as in Python: the Int is not rounded to a Float first.
println(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0);
println(9223372036854775807 == 9223372036854775808.0, 9223372036854775807 < 9223372036854775808.0);
println(100000000000000000001 == 1e20, 100000000000000000001 > 1e20);
println([9007199254740993] == [9007199254740992.0], 9007199254740992 == 9007199254740992.0);
// A big Int is never infinite, even where its nearest Float would be.
let p = 1;
for i in 0..400 { p *= 10; }
let q = p / 10;
let inf = 1e308 * 10;
println(p == inf, p < inf, -p > -inf);
// Int / Int that does not divide: the quotient of the exact values, not inf / inf.
println(p / (q * 4), (p + 1) / q, 9007199254740993 / 2);
// A Float with an integral value is the same map key as the equal Int, however big.
let m = {100000000000000000000: "int"};
println(m.has(1e20), m[1e20]);
m[1e20] = "float";
println(len(m));
