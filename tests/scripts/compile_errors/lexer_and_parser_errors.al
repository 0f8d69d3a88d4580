// exit: 1
let a = 1 # 2;
println("x");
let s = "bad \q";
let b = ;
