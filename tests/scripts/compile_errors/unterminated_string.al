// exit: 1
let a = "fine";
let b = "never closed;
println(b);
