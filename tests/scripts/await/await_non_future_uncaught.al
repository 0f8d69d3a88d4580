// exit: 1
let x = 42;
println("before");
x.await;
println("NOT REACHED");
