// flags: --explain
fn add(a, b) { a + b }
println(add(1, 2));
