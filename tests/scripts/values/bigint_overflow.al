let max = 9223372036854775807;
println(max + 1);
println(typeof(max + 1));
println(max * 2);
println(max * max);
let min = -9223372036854775807 - 1;
println(min);
println(min - 1);
println(-min);
println(max + 1 - 1);
println(max + 1 - 1 == max);
println(max + 1 > max);
fn fact(n) { if n <= 1 { 1 } else { n * fact(n - 1) } }
println(fact(20));
println(fact(21));
println(fact(30));
println(100000000000 * 100000000000);
