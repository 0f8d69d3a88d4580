// exit: 1
fn add(a, b) { a + b }
println(add(1, 2));
println(add(1, 2, 3));
