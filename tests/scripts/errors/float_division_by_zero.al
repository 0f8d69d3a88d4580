// exit: 1
fn ratio(x, y) { x / y }
println(ratio(3.0, 2));
println(ratio(1.5, 0.0));
