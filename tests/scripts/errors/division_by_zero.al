// exit: 1
let a = 10;
let b = a - 10;
println("before");
println(a / b);
println("after");
