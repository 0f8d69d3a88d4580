let max = 9223372036854775807;
println(max + 1);
println(max * max);
println(-max - 2);
fn fact(n) { if n <= 1 { 1 } else { n * fact(n - 1) } }
println(fact(30));
println(fact(30) / fact(28), typeof(fact(30)));
println(fact(25) - fact(25) + 5, typeof(fact(25) - fact(25) + 5));
println(2 * 4611686018427387904, 123456789012345678901234567890);
