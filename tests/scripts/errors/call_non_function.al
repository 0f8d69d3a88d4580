// exit: 1
let x = 5;
println("calling");
let y = x(1);
