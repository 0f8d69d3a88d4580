fn named() { 1 }
println(typeof(nil));
println(typeof(true), typeof(false));
println(typeof(1), typeof(-5), typeof(9223372036854775807 + 1));
println(typeof(1.5), typeof(1e9));
println(typeof("s"), typeof(""));
println(typeof(250ms));
println(typeof([]), typeof([1, 2]));
println(typeof({}), typeof({a: 1}));
println(typeof(0..3), typeof(0..=3));
println(typeof(named), typeof(|x| x), typeof(println));
let e = try { 1 / 0 } catch err { err };
println(typeof(e));
println(typeof(typeof(1)));
println(typeof(range(0, 2)));
