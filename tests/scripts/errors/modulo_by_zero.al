// exit: 1
let n = 0;
println(7 % n);
