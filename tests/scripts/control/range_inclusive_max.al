for i in 9223372036854775806..=9223372036854775807 { println(i); }
let r = 9223372036854775806..=9223372036854775807;
println(len(r), r.len(), r.contains(9223372036854775807));
let empty = 5..5;
for i in empty { println("never"); }
println(len(0..=-1), len(-9223372036854775807 - 1..9223372036854775807));
for i in -3..0 { print(i, ""); }
println();
