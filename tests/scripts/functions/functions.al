fn add(a, b) { a + b }
fn early(x) { if x < 0 { return 0; } x * 2 }
fn nothing() {}
fn implicit_nil() { let a = 1; }
println(add(1, 2), early(-5), early(5), nothing(), implicit_nil());
let f = add;
println(f(10, 20), typeof(f), f);
fn apply(g, v) { g(v) }
println(apply(|x| x + 1, 41));
