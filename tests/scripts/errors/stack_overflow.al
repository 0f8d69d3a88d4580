// exit: 1
fn f(n) { f(n + 1) }
println("start");
f(0);
