let big = 2 * 9223372036854775807;
println(big);
println(big / 2);
println(big % 1000);
println(div(big, 7));
println(big - big);
println(typeof(big - big));
println(big == 18446744073709551614);
println(big > 1.0e18);
println(-big);
let p = 1;
for i in 0..100 { p = p * 2; }
println(p);
println(str(p).len());
println(big + 0.5);
