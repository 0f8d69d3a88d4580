// exit: 1
let a = 1;
let s = "café";
println(s);
