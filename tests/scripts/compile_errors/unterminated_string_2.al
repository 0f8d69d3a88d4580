// exit: 1
println("fine");
let s = "never closed;
