// exit: 1
fn ratio(a, b) { a / b }
println(ratio(1, 2));
println(ratio(1, 0));
