// exit: 1
println("this must not print");
let ok = 1;
let broken = ok +* 2;
