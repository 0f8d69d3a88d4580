// exit: 1
let l = [1, 2, 3];
println(l[1]);
println(l[5]);
