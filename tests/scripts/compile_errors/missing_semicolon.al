// exit: 1
let a = 1
println(a);
