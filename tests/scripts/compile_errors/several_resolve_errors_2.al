// exit: 1
println(one);
println(two);
fn f(a, a) { a }
