fn sign(n) { if n < 0 { "neg" } else if n == 0 { "zero" } else { "pos" } }
println(sign(-3), sign(0), sign(9));
let x = if false { 1 };
println(x);
let y = if true { "yes" } else { "no" };
println(y);
if 1 < 2 { println("statement if"); }
