println(one);
println(two);
fn f(a, a) { a }
